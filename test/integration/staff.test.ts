// The back office's staff list (issue 11): add people with a role and PIN, change them, switch
// them off, invite them. Only owners and managers, a manager never over an owner, nobody over
// themselves; a PIN is unique at the location without saying whose; no answer or audit row ever
// carries a PIN or a hash; a new role or PIN ends the person's sessions.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { CallOptions, EndpointName } from '@/lib/client/call-api';
import type { TRole } from '@/lib/schemas/permissions';
import { deviceCookieName, sessionCookieName, signDeviceCookie } from '@/lib/server/auth/cookies';
import { testApi } from '../api-client';
import { linkIn, startTestSmtp } from '../fakes/test-smtp';
import { createDevice, createOtherLocation, createStaff, demo, demoUserFor } from '../factories/staff';
import { sessionCookie } from '../http';
import { auth, CookieJar, csrfToken } from '../next-auth';

const as = async (role: TRole) =>
  testApi({ cookie: await sessionCookie({ userId: demoUserFor(role), locationId: demo.locationId }) });
const key = () => randomUUID();

/** Whether a session cookie still opens the API. */
const opens = async (cookie: string) => (await testApi({ cookie }).request('me', {})).status === 200;

/** Signs in with a PIN on a paired till through next-auth itself; the session cookie, or null. */
async function pinSignIn(pin: string): Promise<string | null> {
  const till = await createDevice(getDb());
  const jar = new CookieJar();
  jar.set(deviceCookieName(false), signDeviceCookie(till.id));
  await auth(jar, 'callback/pin', { pin, csrfToken: await csrfToken(jar) });
  const session = jar.get(sessionCookieName(false));
  return session ? `${sessionCookieName(false)}=${session}` : null;
}

/** Every stored secret of the people at the demo café, which no answer or audit row may carry. */
async function secrets(): Promise<string[]> {
  const db = getDb();
  const [memberships, users] = await Promise.all([
    db.membership.findMany({ where: { pinHash: { not: null } }, select: { pinHash: true } }),
    db.user.findMany({ where: { passwordHash: { not: null } }, select: { passwordHash: true } }),
  ]);
  return [...memberships.map((m) => m.pinHash!), ...users.map((u) => u.passwordHash!)];
}

describe('staff: who may do what', () => {
  const routes: { [N in EndpointName]?: (id: string) => CallOptions<N> } = {
    listStaff: () => ({}),
    createStaff: () => ({ body: { name: 'Nope', role: 'CASHIER' } }),
    updateStaff: (id) => ({ params: { id }, body: { name: 'Renamed' } }),
    inviteStaff: (id) => ({ params: { id } }),
    deactivateStaff: (id) => ({ params: { id } }),
    reactivateStaff: (id) => ({ params: { id } }),
  };

  it.each(['SUPERVISOR', 'CASHIER', 'KITCHEN'] as const)('a %s gets 403 on every staff route', async (role) => {
    const client = await as(role);
    const target = await createStaff(getDb(), { role: 'KITCHEN' });
    for (const [name, options] of Object.entries(routes)) {
      const answer = await client.request(name as 'listStaff', options(target.id) as CallOptions<'listStaff'>);
      expect(answer.status, name).toBe(403);
    }
    expect(await getDb().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      name: target.name,
      isActive: true,
    });
  });

  it('a manager cannot add an owner, make someone an owner, or change an owner; an owner can', async () => {
    const manager = await as('MANAGER');
    const owner = await as('OWNER');
    const cashier = await createStaff(getDb(), { role: 'CASHIER' });
    const refused = [
      await manager.request('createStaff', { body: { name: 'Boss', role: 'OWNER' } }),
      await manager.request('updateStaff', { params: { id: cashier.id }, body: { role: 'OWNER' } }),
      await manager.request('updateStaff', { params: { id: demo.users.owner }, body: { name: 'Renamed owner' } }),
      await manager.request('updateStaff', { params: { id: demo.users.owner }, body: { isActive: false } }),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403, 403]);
    expect(await getDb().user.count({ where: { name: { in: ['Boss', 'Renamed owner'] } } })).toBe(0);

    const added = await owner.request('createStaff', { body: { name: 'Second owner', role: 'OWNER' } });
    expect(added.status).toBe(201);
    const promoted = await owner.request('updateStaff', { params: { id: cashier.id }, body: { role: 'MANAGER' } });
    expect(promoted.ok && promoted.data.member.role).toBe('MANAGER');
  });

  it('nobody switches themselves off or changes their own role; they may rename themselves', async () => {
    for (const role of ['OWNER', 'MANAGER'] as const) {
      const client = await as(role);
      const id = demoUserFor(role);
      const off = await client.request('updateStaff', { params: { id }, body: { isActive: false } });
      const demoted = await client.request('updateStaff', { params: { id }, body: { role: 'CASHIER' } });
      expect([off.status, demoted.status], role).toEqual([409, 409]);
      expect(off.ok ? null : off.error.message).toBe('You cannot switch yourself off');
    }
    const renamed = await (
      await as('MANAGER')
    ).request('updateStaff', {
      params: { id: demo.users.manager },
      body: { name: 'Morgan M.' },
    });
    expect(renamed.ok && renamed.data.member).toMatchObject({ name: 'Morgan M.', role: 'MANAGER', isActive: true });
  });

  it('two owners demoting each other at the same moment leave the venue with one owner', async () => {
    const db = getDb();
    // A café of its own, whose only owners are these two.
    const cafe = await createOtherLocation(db);
    const [first, second] = await Promise.all([
      createStaff(db, { role: 'OWNER', name: 'First owner', locationId: cafe.id }),
      createStaff(db, { role: 'OWNER', name: 'Second owner', locationId: cafe.id }),
    ]);
    const client = async (userId: string) => testApi({ cookie: await sessionCookie({ userId, locationId: cafe.id }) });
    const answers = await Promise.all([
      (await client(first.id)).request('updateStaff', { params: { id: second.id }, body: { role: 'MANAGER' } }),
      (await client(second.id)).request('updateStaff', { params: { id: first.id }, body: { role: 'MANAGER' } }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    // The loser is refused either as the last owner (409) or because their own session ended (401).
    expect([401, 409]).toContain(answers.find((answer) => !answer.ok)!.status);
    const owners = await db.membership.count({
      where: { locationId: cafe.id, role: 'OWNER', user: { isActive: true } },
    });
    expect(owners).toBe(1);
  });
});

describe('staff: adding people and PINs', () => {
  it('a new cashier with a PIN signs in on a paired till at once; the PIN is never shown again', async () => {
    const manager = await as('MANAGER');
    const added = await manager.request('createStaff', {
      body: { name: 'Nia New', role: 'CASHIER', pin: '583920' },
      idempotencyKey: key(),
    });
    expect(added.status).toBe(201);
    if (!added.ok) return;
    expect(added.data.member).toEqual({
      id: expect.any(String),
      name: 'Nia New',
      role: 'CASHIER',
      email: null,
      isActive: true,
      hasPin: true,
      lastSignInAt: null,
    });
    expect(added.data.invite).toBeNull();

    const session = await pinSignIn('583920');
    expect(session, 'the new PIN opened a session').not.toBeNull();
    const me = await testApi({ cookie: session! }).request('me', {});
    expect(me.ok && me.data.user).toMatchObject({ id: added.data.member.id, name: 'Nia New' });
    const listed = await manager.call('listStaff', {});
    const nia = listed.staff.find((member) => member.id === added.data.member.id);
    expect(nia).toMatchObject({ hasPin: true, lastSignInAt: expect.any(String) });
  });

  it('someone added without a PIN cannot sign in on a till until a manager sets one', async () => {
    const manager = await as('MANAGER');
    const { member } = await manager.call('createStaff', { body: { name: 'Pat Later', role: 'KITCHEN' } });
    expect(member.hasPin).toBe(false);
    expect(await pinSignIn('0000')).toBeNull();
    const set = await manager.call('updateStaff', { params: { id: member.id }, body: { pin: '774411' } });
    expect(set.member.hasPin).toBe(true);
    expect(await pinSignIn('774411')).not.toBeNull();
  });

  it('a PIN someone else here has is a 409 that does not say whose; keeping your own PIN is fine', async () => {
    const manager = await as('MANAGER');
    const clash = await manager.request('createStaff', {
      body: { name: 'Copy Cat', role: 'CASHIER', pin: demo.cashier.pin },
    });
    expect(clash.status).toBe(409);
    expect(clash.ok ? null : clash.error).toEqual({
      code: 'CONFLICT',
      message: 'That PIN is already in use here. Choose another.',
      details: { reason: 'PIN_TAKEN' },
    });
    expect(await getDb().user.count({ where: { name: 'Copy Cat' } })).toBe(0);
    const other = await createStaff(getDb(), { role: 'CASHIER', pin: '990011' });
    const moved = await manager.request('updateStaff', { params: { id: other.id }, body: { pin: demo.cashier.pin } });
    expect(moved.status).toBe(409);
    expect(JSON.stringify(moved)).not.toContain(demo.cashier.name);
    const same = await manager.request('updateStaff', { params: { id: other.id }, body: { pin: '990011' } });
    expect(same.status).toBe(200);
  });

  it('bad input is a 422 naming the field, and nothing is written', async () => {
    const manager = await as('MANAGER');
    const before = await getDb().user.count();
    for (const body of [
      { name: 'Short PIN', role: 'CASHIER', pin: '123' },
      { name: 'Long PIN', role: 'CASHIER', pin: '1234567' },
      { name: 'Letters', role: 'CASHIER', pin: '12ab' },
      { name: '', role: 'CASHIER' },
      { name: 'No role', role: 'BOSS' },
      { name: 'Bad email', role: 'MANAGER', email: 'not-an-email' },
    ]) {
      const answer = await manager.request('createStaff', { body: body as never });
      expect(answer.status, JSON.stringify(body)).toBe(422);
    }
    expect(await getDb().user.count()).toBe(before);
  });

  it('an email someone already signs in with is a 409', async () => {
    const answer = await (
      await as('OWNER')
    ).request('createStaff', {
      body: { name: 'Twin', role: 'MANAGER', email: 'Manager@Fynlo.test' },
    });
    expect(answer.status).toBe(409);
    expect(answer.ok ? null : answer.error.details).toEqual({ reason: 'EMAIL_TAKEN' });
  });
});

describe('staff: sessions end when they should', () => {
  it('a deactivated person is refused on their next request; reactivating does not revive it', async () => {
    const manager = await as('MANAGER');
    const { member } = await manager.call('createStaff', { body: { name: 'Leaver', role: 'CASHIER', pin: '601928' } });
    const session = (await pinSignIn('601928'))!;
    expect(await opens(session)).toBe(true);
    const off = await manager.call('updateStaff', { params: { id: member.id }, body: { isActive: false } });
    expect(off.member.isActive).toBe(false);
    expect(await opens(session)).toBe(false);
    expect(await pinSignIn('601928')).toBeNull();
    await manager.call('updateStaff', { params: { id: member.id }, body: { isActive: true } });
    expect(await opens(session)).toBe(false);
    expect(await pinSignIn('601928')).not.toBeNull();
    const actions = await getDb().auditLog.findMany({
      where: { entityId: member.id },
      orderBy: { seq: 'asc' },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual(['staff.created', 'user.deactivated', 'user.reactivated']);
  });

  it.each([
    ['a new role', '338201', { role: 'SUPERVISOR' }],
    ['a new PIN', '338202', { pin: '482915' }],
  ] as const)('%s ends the person’s sessions (and tells the sidecar)', async (_, pin, change) => {
    const manager = await as('MANAGER');
    const { member } = await manager.call('createStaff', { body: { name: 'Changer', role: 'CASHIER', pin } });
    const session = (await pinSignIn(pin))!;
    expect(await opens(session)).toBe(true);
    await manager.call('updateStaff', { params: { id: member.id }, body: change, idempotencyKey: key() });
    expect(await opens(session)).toBe(false);
    const events = await getDb().outboxEvent.findMany({ where: { type: 'user.sessions_ended' } });
    expect(events.map((event) => event.payload)).toContainEqual({ userId: member.id, sessionVersion: 2 });
    if ('pin' in change) {
      expect(await pinSignIn(pin)).toBeNull();
      expect(await pinSignIn(change.pin)).not.toBeNull();
    }
  });

  it('a new name or email ends nothing', async () => {
    const manager = await as('MANAGER');
    const { member } = await manager.call('createStaff', { body: { name: 'Stayer', role: 'CASHIER', pin: '557102' } });
    const session = (await pinSignIn('557102'))!;
    await manager.call('updateStaff', { params: { id: member.id }, body: { name: 'Stayer Two' } });
    expect(await opens(session)).toBe(true);
  });
});

describe('staff: no PIN or hash anywhere', () => {
  it('the list, every answer and every audit row carry whether there is a PIN, never the PIN or a hash', async () => {
    const owner = await as('OWNER');
    const created = await owner.call('createStaff', {
      body: { name: 'Secret Keeper', role: 'MANAGER', pin: '918273', email: 'keeper@example.com' },
    });
    const changed = await owner.call('updateStaff', {
      params: { id: created.member.id },
      body: { pin: '192837', role: 'SUPERVISOR' },
    });
    const listed = await owner.call('listStaff', {});
    expect(listed.staff.map((member) => member.name)).toEqual(
      expect.arrayContaining(['Secret Keeper', 'Casey Cashier']),
    );
    expect(listed.staff.find((member) => member.id === demo.users.cashier)).toMatchObject({ hasPin: true });
    const audit = await getDb().auditLog.findMany({
      where: { entityId: created.member.id },
      select: { action: true, before: true, after: true },
      orderBy: { seq: 'asc' },
    });
    expect(audit[1]).toMatchObject({
      action: 'staff.updated',
      before: { role: 'MANAGER', hasPin: true },
      after: { role: 'SUPERVISOR', hasPin: true, pinChanged: true },
    });
    const everything = JSON.stringify({ created, changed, listed, audit });
    for (const secret of [...(await secrets()), '918273', '192837', demo.cashier.pin])
      expect(everything).not.toContain(`"${secret}"`);
    expect(everything).not.toMatch(/pinHash|passwordHash/);
  });
});

describe('staff: invites', () => {
  it('without mail the office gets a link; it sets a password once and that password signs in', async () => {
    const owner = await as('OWNER');
    const created = await owner.call('createStaff', {
      body: { name: 'Ivy Invited', role: 'MANAGER', email: 'ivy@example.com' },
    });
    expect(created.invite).toMatchObject({ emailed: false, url: expect.stringContaining('/invite/') });
    const token = decodeURIComponent(created.invite!.url!.split('/invite/')[1]!);
    const stored = await getDb().accountToken.findFirstOrThrow({ where: { userId: created.member.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const anyone = testApi();
    const short = await anyone.request('acceptInvite', { body: { token, password: 'short' } });
    expect(short.status).toBe(422);
    const accepted = await anyone.request('acceptInvite', { body: { token, password: 'a-long-new-password' } });
    expect(accepted.ok && accepted.data).toEqual({ email: 'ivy@example.com' });
    const again = await anyone.request('acceptInvite', { body: { token, password: 'another-long-password' } });
    expect(again.status).toBe(410);

    const jar = new CookieJar();
    await auth(jar, 'callback/password', {
      email: 'ivy@example.com',
      password: 'a-long-new-password',
      csrfToken: await csrfToken(jar),
    });
    const session = jar.get(sessionCookieName(false));
    expect(session, 'the invited person signed in with their new password').toBeDefined();
    expect(await opens(`${sessionCookieName(false)}=${session}`)).toBe(true);
  });

  it('with mail the invite is emailed and the office is not shown the link; a new invite ends the old one', async () => {
    const smtp = await startTestSmtp();
    try {
      const owner = await as('OWNER');
      const created = await owner.call('createStaff', {
        body: { name: 'Eve Emailed', role: 'MANAGER', email: 'eve@example.com' },
      });
      expect(created.invite).toMatchObject({ emailed: true, url: null });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['eve@example.com']);
      const first = linkIn(smtp.received[0]!, '/invite/');
      const again = await owner.call('inviteStaff', { params: { id: created.member.id } });
      expect(again.invite.emailed).toBe(true);
      const second = linkIn(smtp.received[1]!, '/invite/');
      const tokenOf = (url: string) => decodeURIComponent(url.split('/invite/')[1]!);
      const old = await testApi().request('acceptInvite', {
        body: { token: tokenOf(first), password: 'a-long-new-password' },
      });
      expect(old.status).toBe(410);
      const fresh = await testApi().request('acceptInvite', {
        body: { token: tokenOf(second), password: 'a-long-new-password' },
      });
      expect(fresh.status).toBe(200);
    } finally {
      await smtp.close();
    }
  });

  it('an unknown invite token is a 400; someone without an email cannot be invited', async () => {
    const unknown = await testApi().request('acceptInvite', {
      body: { token: 'no-such-token', password: 'a-long-new-password' },
    });
    expect(unknown.status).toBe(400);
    const plain = await createStaff(getDb(), { role: 'CASHIER' });
    const invite = await (await as('MANAGER')).request('inviteStaff', { params: { id: plain.id } });
    expect(invite.status).toBe(409);
  });
});
