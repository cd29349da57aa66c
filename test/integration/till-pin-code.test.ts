// A person added with "let them choose it on the till" (issue 11): the office makes a one-time
// 8-digit code, the person types it on a paired till and chooses their own PIN. The code works
// once, only at its own location, only for a week, and every wrong try spends the till's PIN
// budget exactly as a wrong PIN does. Each test runs in a café of its own, so the location's
// budget in this real-time window is its alone.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deviceCookieName, signDeviceCookie } from '@/lib/server/auth/cookies';
import { PIN_FAILURES_BEFORE_LOCK } from '@/lib/server/auth/pin-attempts';
import { signInWithPin } from '@/lib/server/auth/sign-in-with-pin';
import { errorOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff } from '../factories/staff';
import { sessionCookie } from '../http';

async function freshCafe() {
  const db = getDb();
  const location = await createOtherLocation(db);
  const manager = await createStaff(db, { role: 'MANAGER', pin: '1357', locationId: location.id });
  const office = testApi({ cookie: await sessionCookie({ userId: manager.id, locationId: location.id }) });
  /** A paired till of this café, as its browser calls the API (device cookie, nobody signed in). */
  const till = async () => {
    const device = await createDevice(db, { locationId: location.id });
    return { device, api: testApi({ cookie: `${deviceCookieName(false)}=${signDeviceCookie(device.id)}` }) };
  };
  /** Adds someone with no PIN and makes their code. */
  const starter = async (name = 'Sam Starter') => {
    const { member } = await office.call('createStaff', { body: { name, role: 'CASHIER' } });
    const { tillPinCode } = await office.call('createTillPinCode', { params: { id: member.id } });
    return { member, code: tillPinCode.code, expiresAt: tillPinCode.expiresAt };
  };
  return { db, location, manager, office, till, starter };
}

const signIn = (deviceId: string, pin: string) => signInWithPin({ db: getDb(), deviceId, pin, now: new Date() });

describe('choosing your own PIN on the till', () => {
  it('the code says whose it is, then sets the PIN they choose, with which they sign in', async () => {
    const { till, starter, office } = await freshCafe();
    const { member, code, expiresAt } = await starter();
    expect(code).toMatch(/^\d{8}$/);
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const { device, api } = await till();
    // Typed as read aloud, with a space.
    const typed = `${code.slice(0, 4)} ${code.slice(4)}`;
    expect(await api.call('choosePin', { body: { code: typed } })).toEqual({ name: 'Sam Starter', pinSet: false });
    expect((await signIn(device.id, '482913')).ok).toBe(false);

    expect(await api.call('choosePin', { body: { code: typed, pin: '482913' } })).toEqual({
      name: 'Sam Starter',
      pinSet: true,
    });
    const signedIn = await signIn(device.id, '482913');
    expect(signedIn.ok && signedIn.user.id).toBe(member.id);
    const { staff } = await office.call('listStaff', {});
    expect(staff.find((person) => person.id === member.id)?.hasPin).toBe(true);

    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: 'auth.pin_chosen', entityId: member.id },
    });
    expect(audit.actorUserId).toBe(member.id);
    expect(audit.after).toEqual({ deviceId: device.id, replacedPin: false });
    // Stored keyed with the server's secret, never as a plain hash of eight digits.
    const stored = await getDb().accountToken.findFirstOrThrow({ where: { userId: member.id, kind: 'TILL_PIN' } });
    for (const plain of [code, `${stored.locationId}:${code}`, `till-pin:${stored.locationId}:${code}`])
      expect(stored.tokenHash).not.toBe(createHash('sha256').update(plain).digest('base64url'));
    const rows = await getDb().auditLog.findMany({
      where: { entityId: member.id },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it('works once: a second use, or the older of two codes, is 410; an unknown code 400', async () => {
    const { till, starter, office } = await freshCafe();
    const first = await starter('Once Only');
    const { api } = await till();
    const again = await office.call('createTillPinCode', { params: { id: first.member.id } });
    const replaced = await api.request('choosePin', { body: { code: first.code, pin: '700001' } });
    expect(replaced.status).toBe(410);
    expect(errorOf(replaced)?.details).toEqual({ reason: 'USED' });

    expect((await api.request('choosePin', { body: { code: again.tillPinCode.code, pin: '700002' } })).status).toBe(
      200,
    );
    const reused = await api.request('choosePin', { body: { code: again.tillPinCode.code, pin: '700003' } });
    expect(reused.status).toBe(410);
    // The same choice again (a retry after a lost answer) says it is set, and changes nothing.
    expect(await api.call('choosePin', { body: { code: again.tillPinCode.code, pin: '700002' } })).toEqual({
      name: 'Once Only',
      pinSet: true,
    });
    expect(await getDb().auditLog.count({ where: { action: 'auth.pin_chosen', entityId: first.member.id } })).toBe(1);

    const unknown = await api.request('choosePin', { body: { code: '00000000' } });
    expect(unknown.status).toBe(400);
    const short = await api.request('choosePin', { body: { code: '1234' } });
    expect(errorOf(short)?.message).toMatch(/8 digits/);
  });

  it('two tills using one code at the same moment set one PIN', async () => {
    const { till, starter, db } = await freshCafe();
    const { member, code } = await starter('Racer');
    const [a, b] = [await till(), await till()];
    const answers = await Promise.all([
      a.api.request('choosePin', { body: { code, pin: '810001' } }),
      b.api.request('choosePin', { body: { code, pin: '810002' } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410]);
    expect(await db.auditLog.count({ where: { action: 'auth.pin_chosen', entityId: member.id } })).toBe(1);
    const winner = answers[0]!.status === 200 ? '810001' : '810002';
    expect((await signIn(a.device.id, winner)).ok).toBe(true);
  });

  it('a PIN someone here has is a 409 that costs a try and leaves the code usable', async () => {
    const { till, starter } = await freshCafe();
    const { code } = await starter('Clash');
    const { device, api } = await till();
    // 1357 is the café manager's PIN.
    const clash = await api.request('choosePin', { body: { code, pin: '1357' } });
    expect(clash.status).toBe(409);
    expect(errorOf(clash)).toMatchObject({
      message: 'That PIN is already in use here. Choose another.',
      details: { reason: 'PIN_TAKEN' },
    });
    expect(await getDb().auditLog.count({ where: { action: 'auth.pin_failed', entityId: device.id } })).toBe(1);
    expect((await api.request('choosePin', { body: { code, pin: '246800' } })).status).toBe(200);
  });

  it('wrong codes spend the till’s PIN budget: the fifth locks it, even for the right code', async () => {
    const { till, starter } = await freshCafe();
    const { code } = await starter('Locked Out');
    const { device, api } = await till();
    const statuses: number[] = [];
    for (let index = 0; index < PIN_FAILURES_BEFORE_LOCK; index++)
      statuses.push((await api.request('choosePin', { body: { code: String(10_000_000 + index) } })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    const locked = await api.request('choosePin', { body: { code, pin: '135790' } });
    expect(locked.status).toBe(429);
    expect(errorOf(locked)?.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // The lock is the device's: PIN sign-in on it is refused too.
    expect(await signIn(device.id, '1357')).toMatchObject({ ok: false, reason: 'locked' });
    // Another till of the café still takes the code.
    expect((await (await till()).api.request('choosePin', { body: { code, pin: '135790' } })).status).toBe(200);
  });

  it('a right code costs nothing: checking it more times than the budget never locks the till', async () => {
    const { till, starter } = await freshCafe();
    const { code } = await starter('Careful');
    const { device, api } = await till();
    for (let index = 0; index <= PIN_FAILURES_BEFORE_LOCK; index++)
      expect((await api.request('choosePin', { body: { code } })).status).toBe(200);
    expect(await getDb().auditLog.count({ where: { action: 'auth.pin_failed', entityId: device.id } })).toBe(0);
    expect((await signIn(device.id, '1357')).ok).toBe(true);
  });

  it('a code opens nothing at another location, nor on an unpaired browser', async () => {
    const here = await freshCafe();
    const there = await freshCafe();
    const { code } = await here.starter('Stay Home');
    const elsewhere = await there.till();
    expect((await elsewhere.api.request('choosePin', { body: { code, pin: '913579' } })).status).toBe(400);
    const unpaired = await testApi({}).request('choosePin', { body: { code } });
    expect(unpaired.status).toBe(403);
    expect((await (await here.till()).api.request('choosePin', { body: { code, pin: '913579' } })).status).toBe(200);
  });

  it('an expired code, or one for someone since switched off, is 410; no code for the switched off', async () => {
    const { till, starter, office, db } = await freshCafe();
    const old = await starter('Too Late');
    await db.accountToken.updateMany({
      where: { userId: old.member.id, kind: 'TILL_PIN' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const { api } = await till();
    const expired = await api.request('choosePin', { body: { code: old.code } });
    expect(expired.status).toBe(410);
    expect(errorOf(expired)?.details).toEqual({ reason: 'EXPIRED' });

    const leaver = await starter('Leaver');
    await office.call('deactivateStaff', { params: { id: leaver.member.id } });
    expect((await api.request('choosePin', { body: { code: leaver.code, pin: '551100' } })).status).toBe(410);
    const refused = await office.request('createTillPinCode', { params: { id: leaver.member.id } });
    expect(refused.status).toBe(409);
  });

  it('choosing a new PIN with a code ends the person’s sessions; a PIN set in the office ends the code', async () => {
    const { till, office, db, location } = await freshCafe();
    const { member } = await office.call('createStaff', {
      body: { name: 'Forgetful', role: 'CASHIER', pin: '660011' },
    });
    const { device, api } = await till();
    const before = await signIn(device.id, '660011');
    expect(before.ok).toBe(true);
    const session = testApi({
      cookie: await sessionCookie({ userId: member.id, locationId: location.id, deviceId: device.id }),
    });
    expect((await session.request('me', {})).status).toBe(200);

    const { tillPinCode } = await office.call('createTillPinCode', { params: { id: member.id } });
    await api.call('choosePin', { body: { code: tillPinCode.code, pin: '660022' } });
    expect((await session.request('me', {})).status).toBe(401);
    expect((await signIn(device.id, '660011')).ok).toBe(false);
    expect((await signIn(device.id, '660022')).ok).toBe(true);
    expect(
      await db.outboxEvent.count({
        where: { type: 'user.sessions_ended', payload: { path: ['userId'], equals: member.id } },
      }),
    ).toBe(1);

    const next = await office.call('createTillPinCode', { params: { id: member.id } });
    await office.call('updateStaff', { params: { id: member.id }, body: { pin: '660033' } });
    expect((await api.request('choosePin', { body: { code: next.tillPinCode.code } })).status).toBe(410);
  });

  it('a cashier cannot make a code', async () => {
    const { db, location, starter } = await freshCafe();
    const { member } = await starter('Someone');
    const cashier = await createStaff(db, { role: 'CASHIER', pin: '2468', locationId: location.id });
    const api = testApi({ cookie: await sessionCookie({ userId: cashier.id, locationId: location.id }) });
    expect((await api.request('createTillPinCode', { params: { id: member.id } })).status).toBe(403);
  });
});
