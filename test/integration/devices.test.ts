// The office's devices page (issue 11): a manager renames a paired till, "last seen" follows a
// screen that is in use without a write on every request, and a new till pairs with a one-time
// code made in the office instead of a manager's password typed on the shared iPad.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { PAIRING_CODE_ALPHABET, PAIRING_CODE_LIFETIME_MS } from '@/lib/domain/pairing-code';
import { AppError } from '@/lib/errors';
import type { TRole } from '@/lib/schemas/permissions';
import { deviceCookieName, sessionCookieName, verifyDeviceCookie } from '@/lib/server/auth/cookies';
import { LAST_SEEN_RESOLUTION_MS } from '@/lib/server/devices/mark-device-seen';
import { pairWithCode } from '@/lib/server/devices/pair-with-code';
import { dataOf, errorOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff, demo, demoUserFor } from '../factories/staff';
import { sessionCookie } from '../http';
import { auth, CookieJar, csrfToken } from '../next-auth';

const as = async (role: TRole) =>
  testApi({ cookie: await sessionCookie({ userId: demoUserFor(role), locationId: demo.locationId }) });

describe('renaming a device', () => {
  it('renames it for an owner or a manager, audits the old and new names and tells the screens', async () => {
    const till = await createDevice(getDb());
    for (const [role, name] of [
      ['MANAGER', 'Bar till'],
      ['OWNER', 'Terrace till'],
    ] as const) {
      const answer = await (await as(role)).request('renameDevice', { params: { id: till.id }, body: { name } });
      expect(answer.status).toBe(200);
      expect(dataOf(answer).device).toMatchObject({ id: till.id, name });
    }
    const list = dataOf(await (await as('MANAGER')).request('listDevices', {}));
    expect(list.devices.find((device) => device.id === till.id)?.name).toBe('Terrace till');
    const audit = await getDb().auditLog.findMany({
      where: { entityId: till.id, action: 'device.renamed' },
      orderBy: { seq: 'asc' },
      select: { before: true, after: true, actorUserId: true },
    });
    expect(audit).toEqual([
      { before: { name: 'Test till' }, after: { name: 'Bar till' }, actorUserId: demo.users.manager },
      { before: { name: 'Bar till' }, after: { name: 'Terrace till' }, actorUserId: demo.users.owner },
    ]);
    // Screens hear of it: the office's devices list and the till's own name follow.
    const events = await getDb().outboxEvent.findMany({
      where: { type: 'device.updated', payload: { path: ['id'], equals: till.id } },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((event) => (event.payload as { name: string }).name)).toEqual(['Bar till', 'Terrace till']);
  });

  it.each(['SUPERVISOR', 'CASHIER', 'KITCHEN'] as const)('refuses a %s (403) and keeps the name', async (role) => {
    const till = await createDevice(getDb());
    const answer = await (await as(role)).request('renameDevice', { params: { id: till.id }, body: { name: 'Mine' } });
    expect(answer.status).toBe(403);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: till.id } })).name).toBe('Test till');
  });

  it.each([
    ['an empty name', '   ', 422],
    ['a name over 60 characters', 'x'.repeat(61), 422],
    ['a NUL byte', 'Till\u0000', 422],
  ])('refuses %s and keeps the old one', async (_, name, status) => {
    const till = await createDevice(getDb());
    const answer = await (await as('MANAGER')).request('renameDevice', { params: { id: till.id }, body: { name } });
    expect(answer.status).toBe(status);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: till.id } })).name).toBe('Test till');
  });

  it("answers 404 for another location's device and 409 for a revoked one", async () => {
    const elsewhere = await createDevice(getDb(), { locationId: (await createOtherLocation(getDb())).id });
    const manager = await as('MANAGER');
    const rename = (id: string) => manager.request('renameDevice', { params: { id }, body: { name: 'Taken over' } });
    expect((await rename(elsewhere.id)).status).toBe(404);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: elsewhere.id } })).name).toBe('Test till');

    const revoked = await createDevice(getDb());
    expect((await manager.request('revokeDevice', { params: { id: revoked.id } })).status).toBe(200);
    expect((await rename(revoked.id)).status).toBe(409);
  });
});

describe('last seen', () => {
  it('moves when a paired screen fetches its realtime token, at most once a minute', async () => {
    const db = getDb();
    const till = await createDevice(db);
    const cashier = await createStaff(db, { role: 'CASHIER' });
    const screen = testApi({
      cookie: await sessionCookie({ userId: cashier.id, locationId: demo.locationId, deviceId: till.id }),
    });
    const lastSeen = async () => (await db.device.findUniqueOrThrow({ where: { id: till.id } })).lastSeenAt;
    expect(await lastSeen()).toBeNull();

    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    const first = await lastSeen();
    expect(first).not.toBeNull();

    // Within the minute: no second write.
    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    expect(await lastSeen()).toEqual(first);

    // A minute later (the stored time set back rather than the clock moved on): written again.
    const aMinuteAgo = new Date(first!.getTime() - LAST_SEEN_RESOLUTION_MS - 1);
    await db.device.update({ where: { id: till.id }, data: { lastSeenAt: aMinuteAgo } });
    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    expect((await lastSeen())!.getTime()).toBeGreaterThan(aMinuteAgo.getTime());
  });
});

/** A fresh browser on a new till, from its own address (each test its own, for the rate limit). */
let addresses = 0;
const freshTill = () => testApi({ from: `198.51.100.${++addresses}` });

async function makeCode(body: { name: string; kind: 'TILL' | 'KITCHEN' } = { name: 'Till 3', kind: 'TILL' }) {
  const answer = await (await as('MANAGER')).request('createPairingCode', { body });
  expect(answer.status).toBe(201);
  return dataOf(answer);
}

const devicesNamed = (name: string) => getDb().device.count({ where: { name } });

describe('pairing with a one-time code', () => {
  it('pairs a fresh browser as the till the manager named, which then signs in by PIN', async () => {
    const made = await makeCode({ name: 'Window till', kind: 'TILL' });
    expect(made.code).toMatch(new RegExp(`^[${PAIRING_CODE_ALPHABET}]{8}$`));
    const lifetime = new Date(made.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(PAIRING_CODE_LIFETIME_MS - 60_000);
    expect(lifetime).toBeLessThanOrEqual(PAIRING_CODE_LIFETIME_MS);

    // Stored hashed: no column of the row, and no audit row, holds the code.
    const stored = await getDb().devicePairingCode.findFirstOrThrow({ where: { name: 'Window till' } });
    expect(JSON.stringify(stored)).not.toContain(made.code);
    const audits = await getDb().auditLog.findMany({
      where: { entityId: stored.id },
      select: { action: true, before: true, after: true },
    });
    expect(audits.map((row) => row.action)).toEqual(['device.pairing_code_created']);
    expect(JSON.stringify(audits)).not.toContain(made.code);

    // Typed as people type it: lower case, with the dash shown on screen.
    const typed = `${made.code.slice(0, 4).toLowerCase()}-${made.code.slice(4)}`;
    const paired = await freshTill().request('pairWithCode', { body: { code: typed } });
    expect(paired.status).toBe(201);
    const { device } = dataOf(paired);
    expect(device).toMatchObject({ name: 'Window till', kind: 'TILL', revokedAt: null });

    const cookie = (paired.headers.get('set-cookie') ?? '').split(';')[0]!;
    const [cookieName, cookieValue] = cookie.split('=');
    expect(cookieName).toBe(deviceCookieName(false));
    expect(verifyDeviceCookie(cookieValue)).toBe(device.id);

    const row = await getDb().devicePairingCode.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.deviceId).toBe(device.id);
    expect(row.usedAt).not.toBeNull();
    const pairedAudit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: device.id } });
    expect(pairedAudit).toMatchObject({
      action: 'device.paired_with_code',
      actorUserId: demo.users.manager,
      deviceId: device.id,
    });
    expect((await getDb().device.findUniqueOrThrow({ where: { id: device.id } })).pairedById).toBe(demo.users.manager);

    // The cashier signs in on it with their PIN through next-auth itself.
    const jar = new CookieJar();
    jar.set(deviceCookieName(false), cookieValue!);
    await auth(jar, 'callback/pin', { pin: demo.cashier.pin, csrfToken: await csrfToken(jar) });
    const session = jar.get(sessionCookieName(false));
    expect(session).toBeTruthy();
    const me = dataOf(await testApi({ cookie: `${sessionCookieName(false)}=${session}` }).request('me', {}));
    expect(me.user.id).toBe(demo.users.cashier);
  });

  it('works once: the second use is 410 and pairs nothing', async () => {
    const made = await makeCode({ name: 'Once till', kind: 'TILL' });
    expect((await freshTill().request('pairWithCode', { body: { code: made.code } })).status).toBe(201);
    const again = await freshTill().request('pairWithCode', { body: { code: made.code } });
    expect(again.status).toBe(410);
    expect(errorOf(again)).toMatchObject({ details: { reason: 'USED' } });
    expect(await devicesNamed('Once till')).toBe(1);
  });

  it('gives one device when two screens type the same code at once', async () => {
    const made = await makeCode({ name: 'Race till', kind: 'TILL' });
    const answers = await Promise.all(
      [freshTill(), freshTill(), freshTill()].map((till) =>
        till.request('pairWithCode', { body: { code: made.code } }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 410, 410]);
    expect(await devicesNamed('Race till')).toBe(1);
  });

  it('works until ten minutes are up, then answers 410', async () => {
    const early = await makeCode({ name: 'Early till', kind: 'TILL' });
    const late = await makeCode({ name: 'Late till', kind: 'TILL' });
    const at = (made: { expiresAt: string }, offsetMs: number) =>
      new Date(new Date(made.expiresAt).getTime() + offsetMs);
    const pair = (code: string, now: Date) =>
      pairWithCode({ db: getDb(), code, address: `192.0.2.${++addresses}`, requestId: 'test', now });

    await expect(pair(late.code, at(late, 0))).rejects.toMatchObject({
      code: 'GONE',
      details: { reason: 'EXPIRED' },
    } satisfies Partial<AppError>);
    expect(await devicesNamed('Late till')).toBe(0);
    expect(await pair(early.code, at(early, -1))).toMatchObject({ name: 'Early till' });
  });

  it.each([
    ['an unknown code', 'ABCD2345'],
    ['a code of the wrong shape', 'hello'],
    ['a code with a look-alike', 'ABCD0O1I'],
  ])('refuses %s with a plain 400', async (_, code) => {
    const before = await getDb().device.count();
    const answer = await freshTill().request('pairWithCode', { body: { code } });
    expect(answer.status).toBe(400);
    expect(errorOf(answer)?.message).toMatch(/code/);
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(await getDb().device.count()).toBe(before);
  });

  it('stops an address after 10 codes in 15 minutes, even a right one', async () => {
    const made = await makeCode({ name: 'Limited till', kind: 'TILL' });
    const till = freshTill();
    for (let attempt = 0; attempt < 10; attempt++)
      expect((await till.request('pairWithCode', { body: { code: 'ABCD2345' } })).status).toBe(400);
    const limited = await till.request('pairWithCode', { body: { code: made.code } });
    expect(limited.status).toBe(429);
    expect(await devicesNamed('Limited till')).toBe(0);
    // Another address is not held up by it.
    expect((await freshTill().request('pairWithCode', { body: { code: made.code } })).status).toBe(201);
  });

  it('keeps at most 5 live codes per location; used and expired ones do not count', async () => {
    const location = await createOtherLocation(getDb());
    const manager = await createStaff(getDb(), { role: 'MANAGER', locationId: location.id });
    const office = testApi({ cookie: await sessionCookie({ userId: manager.id, locationId: location.id }) });
    const make = () => office.request('createPairingCode', { body: { name: 'Spare till', kind: 'TILL' } });
    const codes = [];
    for (let count = 0; count < 5; count++) codes.push(dataOf(await make()).code);
    const sixth = await make();
    expect(sixth.status).toBe(409);
    expect(errorOf(sixth)).toMatchObject({ details: { reason: 'TOO_MANY_CODES' } });

    expect((await freshTill().request('pairWithCode', { body: { code: codes[0]! } })).status).toBe(201);
    expect((await make()).status).toBe(201);
    await getDb().devicePairingCode.updateMany({
      where: { locationId: location.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await make()).status).toBe(201);
  });

  it.each(['SUPERVISOR', 'CASHIER', 'KITCHEN'] as const)('lets no %s make a code (403)', async (role) => {
    const answer = await (await as(role)).request('createPairingCode', { body: { name: 'Sneaky till', kind: 'TILL' } });
    expect(answer.status).toBe(403);
    expect(await getDb().devicePairingCode.count({ where: { name: 'Sneaky till' } })).toBe(0);
  });

  it("refuses a kitchen code for another location's station (422)", async () => {
    const location = await createOtherLocation(getDb());
    const station = await getDb().station.create({ data: { locationId: location.id, name: 'Their grill' } });
    const answer = await (
      await as('MANAGER')
    ).request('createPairingCode', {
      body: { name: 'Grill screen', kind: 'KITCHEN', stationId: station.id },
    });
    expect(answer.status).toBe(422);
  });
});
