// First-run setup: an empty database is a healthy app that asks to be set up; only the live
// setup token sets it up, exactly once, in one transaction; then the owner signs in.
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { getDb } from '@/lib/db';
import type { TSetupBody } from '@/lib/schemas/setup';
import { issueSetupToken } from '@/lib/server/setup/setup-token';
import { demoId } from '@/prisma/seed';
import { testApi } from '../api-client';
import { emptyDatabase } from '../factories/empty-database';
import { BASE_URL } from '../http';

type SetupInput = Omit<TSetupBody, 'sampleMenu' | 'location'> & {
  sampleMenu?: boolean;
  location: Partial<TSetupBody['location']> & { name: string };
};

const anyone = testApi();
let token: string;

beforeEach(async () => {
  await emptyDatabase(getDb());
  token = await issueSetupToken(getDb());
});

function setupBody(overrides: Partial<SetupInput> = {}): SetupInput {
  return {
    token,
    organisation: { name: 'Harbour Coffee Ltd' },
    location: {
      name: 'Harbour Coffee',
      timezone: 'Europe/London',
      address: { line1: '2 Quay Street', city: 'Bristol', postcode: 'BS1 4DB' },
      vatNumber: 'GB 987 6543 21',
      businessDayStartHour: 5,
      openingHours: [
        { day: 1, opens: '07:00', closes: '17:00' },
        { day: 6, opens: '08:00', closes: '15:30' },
      ],
    },
    owner: { name: 'Hana Harbour', email: 'Hana@Harbour.example ', password: 'a long harbour password' },
    ...overrides,
  };
}

const countOrganisations = () => getDb().organisation.count();

/** Signs in through next-auth's own password provider, as the login page does; the session cookie. */
async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const csrf = await authGet(new NextRequest(`${BASE_URL}/api/auth/csrf`));
  const csrfCookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await authPost(
    new NextRequest(`${BASE_URL}/api/auth/callback/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie.join('; ') },
      body: new URLSearchParams({ email, password, csrfToken }).toString(),
    }),
  );
  const session = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((cookie) => cookie.startsWith('fynlo.session='));
  return session ?? null;
}

describe('setup: a fresh install', () => {
  it('is healthy and says setup is needed', async () => {
    const health = await anyone.request('health', {});
    expect(health).toMatchObject({ ok: true, status: 200, data: { ok: true, db: true, setupNeeded: true } });
    expect(await anyone.call('setupStatus', {})).toEqual({ needed: true });
  });

  it('is not ready while neither a venue nor a setup token exists yet (the demo seed is still running)', async () => {
    await emptyDatabase(getDb());
    const health = await anyone.request('health', {});
    expect(health).toMatchObject({ ok: false, status: 503 });
  });

  it.each([
    ['a wrong token', { token: 'not-the-token' }],
    ['an empty token', { token: '' }],
    ['no token at all', { token: undefined }],
  ])('%s is refused with 403 and nothing is written', async (_, overrides) => {
    const answer = await anyone.request('completeSetup', { body: setupBody(overrides) });
    expect(answer).toMatchObject({ ok: false, status: 403, error: { code: 'FORBIDDEN' } });
    expect(await countOrganisations()).toBe(0);
    expect(await getDb().user.count()).toBe(0);
    expect(await anyone.call('setupStatus', {})).toEqual({ needed: true });
  });

  it('only the newest token works: a restart before setup replaces the link', async () => {
    const old = token;
    token = await issueSetupToken(getDb());
    expect(token).not.toBe(old);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(await anyone.request('completeSetup', { body: setupBody({ token: old }) })).toMatchObject({ status: 403 });
    expect(await anyone.request('completeSetup', { body: setupBody() })).toMatchObject({ status: 201 });
  });

  it('stores only a hash of the token', async () => {
    const rows = await getDb().setupToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('setup: with the right token', () => {
  it('creates the business, location and owner once; the owner signs in with their password', async () => {
    const answer = await anyone.request('completeSetup', { body: setupBody() });
    expect(answer).toMatchObject({
      ok: true,
      status: 201,
      data: {
        organisation: { name: 'Harbour Coffee Ltd' },
        location: { name: 'Harbour Coffee', slug: 'harbour-coffee' },
        owner: { name: 'Hana Harbour', email: 'hana@harbour.example' },
      },
    });
    const location = await getDb().location.findFirstOrThrow();
    expect(location).toMatchObject({
      addressLine1: '2 Quay Street',
      city: 'Bristol',
      postcode: 'BS1 4DB',
      vatNumber: 'GB 987 6543 21',
      timezone: 'Europe/London',
      businessDayStartHour: 5,
      openingHours: [
        { day: 1, opens: '07:00', closes: '17:00' },
        { day: 6, opens: '08:00', closes: '15:30' },
      ],
    });
    // An empty menu with one station to send tickets to; the link is spent.
    expect(await getDb().item.count()).toBe(0);
    expect(await getDb().station.findMany({ select: { name: true } })).toEqual([{ name: 'Kitchen' }]);
    expect(await getDb().setupToken.count()).toBe(0);
    const audit = await getDb().auditLog.findMany({ where: { action: 'setup.completed' } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toContain('password');

    expect(await anyone.call('setupStatus', {})).toEqual({ needed: false });
    expect(await anyone.call('health', {})).toMatchObject({ ok: true, setupNeeded: false });

    expect(await signInWithPassword('hana@harbour.example', 'a wrong password!')).toBeNull();
    const cookie = await signInWithPassword('hana@harbour.example', 'a long harbour password');
    expect(cookie).not.toBeNull();
    const me = await testApi({ cookie: cookie! }).call('me', {});
    expect(me).toMatchObject({
      user: { name: 'Hana Harbour', email: 'hana@harbour.example' },
      role: 'OWNER',
      location: { id: location.id, slug: 'harbour-coffee' },
    });
  });

  it('a second setup is a 409, even with the right token', async () => {
    expect(await anyone.request('completeSetup', { body: setupBody() })).toMatchObject({ status: 201 });
    const again = await anyone.request('completeSetup', {
      body: setupBody({ organisation: { name: 'Intruder Ltd' } }),
    });
    expect(again).toMatchObject({ ok: false, status: 409, error: { code: 'CONFLICT' } });
    token = await issueSetupToken(getDb());
    expect(await anyone.request('completeSetup', { body: setupBody() })).toMatchObject({ status: 409 });
    expect(await countOrganisations()).toBe(1);
  });

  it('setups at once make exactly one organisation', async () => {
    const answers = await Promise.all(
      ['First', 'Second', 'Third', 'Fourth', 'Fifth'].map((name) =>
        // Different names and emails, so no unique index can be what stops the others.
        anyone.request('completeSetup', {
          body: setupBody({
            organisation: { name: `${name} Ltd` },
            location: { name: `${name} Café` },
            owner: { name, email: `${name.toLowerCase()}@example.com`, password: 'a long enough password' },
          }),
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await countOrganisations()).toBe(1);
    expect(await getDb().user.count()).toBe(1);
    expect(await getDb().location.count()).toBe(1);
  });

  it('the sample café menu brings stations, categories, items, modifier groups and a floor', async () => {
    const answer = await anyone.call('completeSetup', { body: setupBody({ sampleMenu: true }) });
    const db = getDb();
    const where = { locationId: answer.location.id };
    expect(await db.item.count({ where })).toBe(36);
    expect(await db.category.count({ where })).toBe(6);
    expect(await db.station.count({ where })).toBe(3);
    expect(await db.modifierGroup.count({ where })).toBeGreaterThan(0);
    expect(await db.table.count({ where })).toBe(12);
    // Not the demo's ids: a venue started from the sample never collides with the demo café.
    const flatWhite = await db.item.findFirstOrThrow({ where: { ...where, name: 'Flat white' } });
    expect(flatWhite.id).not.toBe(demoId('item:Flat white'));
  });
});

describe('setup: validation', () => {
  it.each([
    [
      'a short password',
      { owner: { name: 'Hana', email: 'hana@harbour.example', password: 'short' } },
      'owner.password',
    ],
    [
      'an email that is not one',
      { owner: { name: 'Hana', email: 'hana at harbour', password: 'long enough pw' } },
      'owner.email',
    ],
    ['no business name', { organisation: { name: '  ' } }, 'organisation.name'],
    ['an unknown time zone', { location: { name: 'Harbour', timezone: 'Mars/Olympus' } }, 'location.timezone'],
    ['a VAT number that is not a UK one', { location: { name: 'Harbour', vatNumber: 'FR123' } }, 'location.vatNumber'],
    [
      'a trading day starting at 24:00',
      { location: { name: 'Harbour', businessDayStartHour: 24 } },
      'location.businessDayStartHour',
    ],
    [
      'opening and closing at the same time',
      { location: { name: 'Harbour', openingHours: [{ day: 1, opens: '09:00', closes: '09:00' }] } },
      'location.openingHours.0.closes',
    ],
    [
      'a time that is not on the clock',
      { location: { name: 'Harbour', openingHours: [{ day: 1, opens: '25:00', closes: '09:00' }] } },
      'location.openingHours.0.opens',
    ],
  ] as [string, Partial<SetupInput>, string][])(
    '%s is a 422 naming the field; nothing is written',
    async (_, overrides, path) => {
      const answer = await anyone.request('completeSetup', { body: setupBody(overrides) });
      expect(answer).toMatchObject({ ok: false, status: 422, error: { code: 'VALIDATION_FAILED' } });
      const details = (answer as { error: { details: { path: string }[] } }).error.details;
      expect(details.map((detail) => detail.path)).toContain(path);
      expect(await countOrganisations()).toBe(0);
    },
  );

  it('an address typed on one line is kept as the first address line', async () => {
    await anyone.call('completeSetup', {
      body: setupBody({ location: { name: 'Harbour Coffee', address: '2 Quay Street, Bristol BS1 4DB' } }),
    });
    expect(await getDb().location.findFirstOrThrow()).toMatchObject({
      addressLine1: '2 Quay Street, Bristol BS1 4DB',
      timezone: 'Europe/London',
      openingHours: null,
    });
  });
});
