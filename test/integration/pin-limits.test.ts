// PIN guessing budgets: every PIN check, sign-in or approval, is reserved against the device's
// budget and the location's before the PIN is looked at, so parallel guesses cannot outrun them,
// and one device's guesses lock that device long before they could lock the whole location.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deviceCookieName, signDeviceCookie } from '@/lib/server/auth/cookies';
import { PIN_FAILURES_BEFORE_LOCK, PIN_LOCK_MINUTES } from '@/lib/server/auth/pin-attempts';
import { signInWithPin } from '@/lib/server/auth/sign-in-with-pin';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { errorOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';

const at = (iso: string) => new Date(iso);
const LOCATION_LIMIT = RATE_LIMITS.pinFailuresPerLocation.limit;

/** A café of its own, so the location's budget in this real-time window is this test's alone. */
async function freshCafe() {
  await awayFromWindowEdge();
  const db = getDb();
  const location = await createOtherLocation(db);
  const cashier = await createStaff(db, { role: 'CASHIER', pin: '2468', locationId: location.id });
  const manager = await createStaff(db, { role: 'MANAGER', pin: '1357', locationId: location.id });
  const tills = await Promise.all(Array.from({ length: 3 }, () => createDevice(db, { locationId: location.id })));
  return { location, cashier, manager, tills };
}

/**
 * Tests that go through the routes run on the real clock, whose budgets are fixed five-minute
 * windows: start with the window at least 20 s from its end, so a run never straddles two.
 */
async function awayFromWindowEdge() {
  const windowMs = RATE_LIMITS.pinFailuresPerLocation.windowSeconds * 1000;
  const leftMs = () => windowMs - (Date.now() % windowMs);
  if (leftMs() < 20_000) await new Promise((resolve) => setTimeout(resolve, leftMs() + 50));
}

/** A wrong PIN for the café: a PIN nobody there has, different each time. */
const wrongPin = (index: number) => String(9000 + index);

async function verifyApproval(cookie: string, pin: string) {
  return testApi({ cookie }).request('verifyApproval', { body: { approval: { pin } } });
}

async function checkedPins(deviceIds: string[]) {
  return getDb().auditLog.count({
    where: { entityId: { in: deviceIds }, action: { in: ['auth.pin_failed', 'auth.pin_locked'] } },
  });
}

describe('PIN limits: parallel guesses', () => {
  it('100 parallel wrong approval PINs from one till: only the till’s five are checked', async () => {
    const { location, cashier, tills } = await freshCafe();
    const cookie = await sessionCookie({ userId: cashier.id, locationId: location.id, deviceId: tills[0]!.id });
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, index) => verifyApproval(cookie, wrongPin(index))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 403)).toHaveLength(PIN_FAILURES_BEFORE_LOCK);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100 - PIN_FAILURES_BEFORE_LOCK);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(errorOf(refused)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it(`six tills × five parallel wrong sign-in PINs: exactly ${LOCATION_LIMIT} are checked`, async () => {
    const db = getDb();
    const now = at('2026-11-27T09:00:00Z');
    const tills = await Promise.all(Array.from({ length: 6 }, () => createDevice(db)));
    const results = await Promise.all(
      tills.flatMap((till, tillIndex) =>
        Array.from({ length: 5 }, (_, attempt) =>
          signInWithPin({ db, deviceId: till.id, pin: wrongPin(tillIndex * 10 + attempt), now }),
        ),
      ),
    );
    expect(await checkedPins(tills.map((till) => till.id))).toBe(LOCATION_LIMIT);
    expect(results.every((result) => !result.ok)).toBe(true);
  });
});

describe('PIN limits: one till cannot lock the others', () => {
  it('wrong approval PINs spend the till’s own budget: that till locks, a manager still signs in on another', async () => {
    const { location, cashier, manager, tills } = await freshCafe();
    const [tillA, tillB] = tills;
    const cookie = await sessionCookie({ userId: cashier.id, locationId: location.id, deviceId: tillA!.id });
    const statuses: number[] = [];
    for (let index = 0; index < LOCATION_LIMIT + 5; index += 1)
      statuses.push((await verifyApproval(cookie, wrongPin(index))).status);
    expect(statuses).toEqual([
      ...Array.from({ length: PIN_FAILURES_BEFORE_LOCK }, () => 403),
      ...Array.from({ length: LOCATION_LIMIT + 5 - PIN_FAILURES_BEFORE_LOCK }, () => 429),
    ]);

    const now = new Date();
    expect(await signInWithPin({ db: getDb(), deviceId: tillA!.id, pin: '1357', now })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await signInWithPin({ db: getDb(), deviceId: tillB!.id, pin: '1357', now })).toMatchObject({
      ok: true,
      user: { id: manager.id },
    });
    // The PIN pads say so before anyone types.
    const lockOf = (deviceId: string) =>
      testApi({ cookie: `${deviceCookieName(false)}=${signDeviceCookie(deviceId)}` }).call('currentDevice', {});
    expect((await lockOf(tillA!.id)).device.pinLockedUntil).not.toBeNull();
    expect((await lockOf(tillB!.id)).device.pinLockedUntil).toBeNull();
  });

  it('a cashier who slips their own right PIN between guesses still locks only their till', async () => {
    const db = getDb();
    const now = at('2026-11-27T10:00:00Z');
    const [tillA, tillB] = [await createDevice(db), await createDevice(db)];
    const results = [];
    for (let round = 0; round < 10; round += 1) {
      for (let guess = 0; guess < PIN_FAILURES_BEFORE_LOCK - 1; guess += 1)
        results.push(await signInWithPin({ db, deviceId: tillA.id, pin: wrongPin(round * 10 + guess), now }));
      results.push(await signInWithPin({ db, deviceId: tillA.id, pin: demo.cashier.pin, now }));
    }
    expect(await checkedPins([tillA.id])).toBe(PIN_FAILURES_BEFORE_LOCK);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signInWithPin({ db, deviceId: tillB.id, pin: demo.manager.pin, now })).toMatchObject({
      ok: true,
      user: { id: demo.users.manager },
    });
  });

  it('right PINs cost nothing: a busy till signs people in all day', async () => {
    const db = getDb();
    const now = at('2026-11-27T11:00:00Z');
    const till = await createDevice(db);
    for (let index = 0; index < LOCATION_LIMIT + PIN_FAILURES_BEFORE_LOCK; index += 1) {
      const pin = index % 2 === 0 ? demo.cashier.pin : demo.manager.pin;
      expect(await signInWithPin({ db, deviceId: till.id, pin, now })).toMatchObject({ ok: true });
    }
  });

  it('approvals asked for in a session without a device spend that person’s budget', async () => {
    const { location, cashier } = await freshCafe();
    const cookie = await sessionCookie({ userId: cashier.id, locationId: location.id });
    const statuses: number[] = [];
    for (let index = 0; index < PIN_FAILURES_BEFORE_LOCK + 2; index += 1)
      statuses.push((await verifyApproval(cookie, wrongPin(index))).status);
    expect(statuses).toEqual([...Array.from({ length: PIN_FAILURES_BEFORE_LOCK }, () => 403), 429, 429]);
  });
});

describe('PIN limits: a lock lasts five minutes', () => {
  it('five wrong PINs just before the window turns over still lock the till for five minutes', async () => {
    const db = getDb();
    const location = await createOtherLocation(db);
    await createStaff(db, { role: 'CASHIER', pin: '2468', locationId: location.id });
    const till = await createDevice(db, { locationId: location.id });
    // Ten seconds before a five-minute window ends (a fixed window would reopen the budget then).
    const windowMs = RATE_LIMITS.pinFailuresPerDevice.windowSeconds * 1000;
    const edge = Math.ceil(Date.now() / windowMs) * windowMs + 10 * windowMs;
    const fifth = new Date(edge - 10_000);
    for (let attempt = 0; attempt < PIN_FAILURES_BEFORE_LOCK; attempt += 1) {
      await signInWithPin({ db, deviceId: till.id, pin: wrongPin(attempt), now: fifth });
    }
    const justAfter = new Date(edge + 10_000);
    const refused = await signInWithPin({ db, deviceId: till.id, pin: '2468', now: justAfter });
    expect(refused).toMatchObject({ ok: false, reason: 'locked' });
    expect((refused as { lockedUntil: Date }).lockedUntil.getTime()).toBe(fifth.getTime() + PIN_LOCK_MINUTES * 60_000);
    const afterLock = new Date(fifth.getTime() + PIN_LOCK_MINUTES * 60_000 + 1_000);
    expect(await signInWithPin({ db, deviceId: till.id, pin: '2468', now: afterLock })).toMatchObject({ ok: true });
  });
});
