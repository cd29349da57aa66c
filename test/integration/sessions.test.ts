// Sessions end on the server: signing out (through next-auth's own route) and being deactivated
// both move the person's session version on, so a copied cookie is refused and reactivating
// someone does not bring their old sessions back. Both are audited and announced on the outbox.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deviceCookieName, sessionCookieName, signDeviceCookie } from '@/lib/server/auth/cookies';
import { signInWithPin } from '@/lib/server/auth/sign-in-with-pin';
import { dataOf, errorOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { auth, CookieJar, csrfToken } from '../next-auth';

const meWith = async (cookie: string) => (await testApi({ cookie }).request('me', {})).status;

async function staffOnATill(pin: string) {
  const db = getDb();
  const user = await createStaff(db, { role: 'CASHIER', pin });
  const till = await createDevice(db);
  return { user, till };
}

describe('sessions: signing out', () => {
  it('signing out ends the session on the server: a copy of the cookie is refused afterwards', async () => {
    const { user, till } = await staffOnATill('8642');
    const jar = new CookieJar();
    jar.set(deviceCookieName(false), signDeviceCookie(till.id));
    await auth(jar, 'callback/pin', { pin: '8642', csrfToken: await csrfToken(jar) });
    const session = jar.get(sessionCookieName(false));
    expect(session, 'the PIN sign-in set a session cookie').toBeDefined();
    const copied = `${sessionCookieName(false)}=${session}`;
    expect(await meWith(copied)).toBe(200);
    // The same person signed in elsewhere (the office): a session of its own.
    const elsewhere = await sessionCookie({ userId: user.id, locationId: demo.locationId });

    await auth(jar, 'signout', { csrfToken: await csrfToken(jar) });
    expect(jar.get(sessionCookieName(false))).toBeUndefined();
    expect(await meWith(copied)).toBe(401);
    expect(await meWith(elsewhere)).toBe(200);

    const db = getDb();
    const audit = await db.auditLog.findMany({
      where: { entityId: user.id, action: 'auth.signed_out' },
      select: { actorUserId: true, deviceId: true, after: true },
    });
    expect(audit).toEqual([{ actorUserId: user.id, deviceId: till.id, after: { sessionId: expect.any(String) } }]);
    const events = await db.outboxEvent.findMany({ where: { type: 'user.signed_out' }, select: { payload: true } });
    expect(events.map((event) => event.payload)).toContainEqual({ userId: user.id, sessionId: expect.any(String) });

    // Signing in again starts a fresh session that works.
    await auth(jar, 'callback/pin', { pin: '8642', csrfToken: await csrfToken(jar) });
    expect(await meWith(`${sessionCookieName(false)}=${jar.get(sessionCookieName(false))}`)).toBe(200);
  });

  it('signing out with a session that has already ended records nothing', async () => {
    const { user } = await staffOnATill('8643');
    const db = getDb();
    const jar = new CookieJar();
    const cookie = await sessionCookie({ userId: user.id, locationId: demo.locationId });
    const [name, ...value] = cookie.split('=');
    jar.set(name!, value.join('='));
    await auth(jar, 'signout', { csrfToken: await csrfToken(jar) });
    // The copy signs out again: the session is already over.
    jar.set(name!, value.join('='));
    await auth(jar, 'signout', { csrfToken: await csrfToken(jar) });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: 'auth.signed_out' } })).toBe(1);
    expect(await db.endedSession.count({ where: { userId: user.id } })).toBe(1);
  });
});

const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
const post = (action: 'deactivateStaff' | 'reactivateStaff', userId: string, cookie: string) =>
  testApi({ cookie }).request(action, { params: { id: userId } });

describe('sessions: deactivating someone', () => {
  it('ends every session of theirs at once, and reactivating them does not revive those sessions', async () => {
    const { user, till } = await staffOnATill('8644');
    const db = getDb();
    const old = await sessionCookie({ userId: user.id, locationId: demo.locationId, deviceId: till.id });
    expect(await meWith(old)).toBe(200);

    const deactivated = await post('deactivateStaff', user.id, await manager());
    expect(deactivated.status).toBe(200);
    expect(dataOf(deactivated)).toEqual({
      user: {
        id: user.id,
        name: user.name,
        role: 'CASHIER',
        email: null,
        isActive: false,
        hasPin: true,
        lastSignInAt: null,
      },
    });
    expect(await meWith(old)).toBe(401);
    expect(await signInWithPin({ db, deviceId: till.id, pin: '8644', now: new Date() })).toMatchObject({ ok: false });

    const reactivated = await post('reactivateStaff', user.id, await manager());
    expect(reactivated.status).toBe(200);
    expect(dataOf(reactivated)).toMatchObject({ user: { isActive: true } });
    expect(await meWith(old)).toBe(401);
    const again = await signInWithPin({ db, deviceId: till.id, pin: '8644', now: new Date() });
    expect(again).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 2 } });
    expect(await meWith(await sessionCookie({ userId: user.id, locationId: demo.locationId, sessionVersion: 2 }))).toBe(
      200,
    );

    const audit = await db.auditLog.findMany({
      where: { entityId: user.id, action: { in: ['user.deactivated', 'user.reactivated'] } },
      orderBy: { seq: 'asc' },
      select: { action: true, actorUserId: true },
    });
    expect(audit).toEqual([
      { action: 'user.deactivated', actorUserId: demo.users.manager },
      { action: 'user.reactivated', actorUserId: demo.users.manager },
    ]);
    const events = await db.outboxEvent.findMany({ where: { type: 'user.deactivated' }, select: { payload: true } });
    expect(events.map((event) => event.payload)).toContainEqual({ userId: user.id, sessionVersion: 2 });
  });

  it('nobody switches themselves off, only an owner switches off an owner, and other cafés’ staff are not found', async () => {
    const db = getDb();
    const cookie = await manager();
    expect((await post('deactivateStaff', demo.users.manager, cookie)).status).toBe(409);
    const owner = await post('deactivateStaff', demo.users.owner, cookie);
    expect(owner.status).toBe(403);
    expect(errorOf(owner)?.code).toBe('FORBIDDEN');
    const elsewhere = await createOtherLocation(db);
    const stranger = await createStaff(db, { role: 'CASHIER', locationId: elsewhere.id });
    expect((await post('deactivateStaff', stranger.id, cookie)).status).toBe(404);
    const { user } = await staffOnATill('8645');
    expect((await post('reactivateStaff', user.id, cookie)).status).toBe(409);
    expect((await post('deactivateStaff', user.id, cookie)).status).toBe(200);
    expect((await post('deactivateStaff', user.id, cookie)).status).toBe(409);
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.users.owner } })).isActive).toBe(true);
  });
});
