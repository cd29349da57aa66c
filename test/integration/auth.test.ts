// Sign-in rules: passwords for the office, PINs only on paired devices, lockout after five wrong
// PINs, and sessions refused as soon as the person or device is switched off.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { signInWithPassword } from '@/lib/server/auth/sign-in-with-password';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { PIN_FAILURES_BEFORE_LOCK } from '@/lib/server/auth/pin-attempts';
import { signInWithPin } from '@/lib/server/auth/sign-in-with-pin';
import { dataOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';

const me = (cookie: string) => testApi({ cookie }).request('me', {});

const at = (iso: string) => new Date(iso);

describe('auth: password sign-in', () => {
  it('the demo owner and manager sign in; wrong password and unknown email do not', async () => {
    const db = getDb();
    const now = at('2026-11-26T09:00:00Z');
    const owner = await signInWithPassword({
      db,
      email: 'OWNER@fynlo.test ',
      password: demo.owner.password,
      address: '10.0.0.1',
      now,
    });
    expect(owner).toMatchObject({
      ok: true,
      user: { id: demo.users.owner, locationId: demo.locationId, deviceId: null },
    });
    expect(
      await signInWithPassword({
        db,
        email: demo.manager.email,
        password: demo.manager.password,
        address: '10.0.0.1',
        now,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await signInWithPassword({ db, email: demo.owner.email, password: 'fynlo-demo-wrong', address: '10.0.0.1', now }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await signInWithPassword({ db, email: 'nobody@fynlo.test', password: 'whatever', address: '10.0.0.1', now }),
    ).toEqual({ ok: false, reason: 'invalid' });
  });

  it('ten wrong passwords for one email stop even the right one for a while', async () => {
    const db = getDb();
    const now = at('2026-11-26T10:00:00Z');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await signInWithPassword({
        db,
        email: demo.manager.email,
        password: `wrong-${attempt}`,
        address: '10.0.0.2',
        now,
      });
    }
    expect(
      await signInWithPassword({
        db,
        email: demo.manager.email,
        password: demo.manager.password,
        address: '10.0.0.2',
        now,
      }),
    ).toMatchObject({ ok: false, reason: 'rate_limited' });
  });

  it('right passwords give their attempt back: one office address signs in all day, wrong ones still run out', async () => {
    const db = getDb();
    const now = at('2026-11-26T11:00:00Z');
    const { limit } = RATE_LIMITS.passwordPerAddress;
    const attempt = (password: string) =>
      signInWithPassword({ db, email: demo.manager.email, password, address: '10.0.0.3', now });
    for (let i = 0; i < limit + 5; i += 1) expect(await attempt(demo.manager.password)).toMatchObject({ ok: true });
    // Wrong passwords for many emails from the same address spend its budget, and then even a right one waits.
    for (let i = 0; i < limit; i += 1) {
      expect(
        await signInWithPassword({ db, email: `guess-${i}@fynlo.test`, password: 'wrong', address: '10.0.0.3', now }),
      ).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attempt(demo.manager.password)).toMatchObject({ ok: false, reason: 'rate_limited' });
  });
});

describe('auth: PIN sign-in', () => {
  it('an unpaired browser cannot sign in with a PIN, even a right one', async () => {
    expect(await signInWithPin({ db: getDb(), deviceId: null, pin: demo.cashier.pin, now: new Date() })).toEqual({
      ok: false,
      reason: 'unpaired',
    });
  });

  it('the cashier signs in on a paired till; the session names the device', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const result = await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now: new Date() });
    expect(result).toMatchObject({
      ok: true,
      user: { id: demo.users.cashier, deviceId: device.id, locationId: demo.locationId },
    });
  });

  it(`${PIN_FAILURES_BEFORE_LOCK} wrong PINs lock the device for 5 minutes, then it opens again`, async () => {
    const db = getDb();
    const device = await createDevice(db);
    const start = at('2026-11-26T12:00:00Z');
    const results = [];
    for (const pin of ['9999', '9998', '9997', '9996', '9995'])
      results.push(await signInWithPin({ db, deviceId: device.id, pin, now: start }));
    expect(results.slice(0, 4).map((result) => !result.ok && result.reason)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    expect(results[4]).toEqual({ ok: false, reason: 'locked', lockedUntil: at('2026-11-26T12:05:00Z') });
    // Locked: even the right PIN is refused, and nothing is counted.
    expect(
      await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now: at('2026-11-26T12:04:59Z') }),
    ).toMatchObject({ ok: false, reason: 'locked' });
    expect(
      await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now: at('2026-11-26T12:05:01Z') }),
    ).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({
      where: { entityId: device.id },
      orderBy: { seq: 'asc' },
      select: { action: true },
    });
    expect(audit.map((row) => row.action)).toEqual([
      'auth.pin_failed',
      'auth.pin_failed',
      'auth.pin_failed',
      'auth.pin_failed',
      'auth.pin_locked',
      'auth.pin_sign_in',
    ]);
  });

  it('parallel wrong PINs cannot slip past the lock', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const now = at('2026-11-26T13:00:00Z');
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        signInWithPin({ db, deviceId: device.id, pin: String(1000 + index), now }),
      ),
    );
    // However the twelve interleave, at most five PINs are checked (each check leaves one audit row).
    const checks = await db.auditLog.count({
      where: { entityId: device.id, action: { in: ['auth.pin_failed', 'auth.pin_locked'] } },
    });
    expect(checks).toBe(5);
    expect(burst.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(4);
    expect(await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });

  it('a revoked device cannot sign anyone in', async () => {
    const db = getDb();
    const device = await createDevice(db);
    await db.device.update({ where: { id: device.id }, data: { revokedAt: new Date() } });
    expect(await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now: new Date() })).toEqual({
      ok: false,
      reason: 'unpaired',
    });
  });

  it("a device of another location does not accept this location's PINs", async () => {
    const db = getDb();
    const other = await createOtherLocation(db);
    const device = await createDevice(db, { locationId: other.id });
    expect(await signInWithPin({ db, deviceId: device.id, pin: demo.cashier.pin, now: new Date() })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('wrong PINs spread over many devices hit the per-location limit', async () => {
    const db = getDb();
    const now = at('2026-11-26T14:00:00Z');
    for (let deviceIndex = 0; deviceIndex < 7; deviceIndex += 1) {
      const device = await createDevice(db);
      for (let attempt = 0; attempt < 4; attempt += 1)
        await signInWithPin({ db, deviceId: device.id, pin: `50${deviceIndex}${attempt}`, now });
    }
    const fresh = await createDevice(db);
    expect(await signInWithPin({ db, deviceId: fresh.id, pin: demo.cashier.pin, now })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });
});

describe('auth: sessions are checked against the database on every request', () => {
  it('a disabled user is refused at once despite a valid JWT', async () => {
    const db = getDb();
    const user = await createStaff(db, { role: 'CASHIER', pin: '7001' });
    const cookie = await sessionCookie({ userId: user.id, locationId: demo.locationId });
    expect((await me(cookie)).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect((await me(cookie)).status).toBe(401);
  });

  it('bumping the session version signs the person out everywhere', async () => {
    const db = getDb();
    const user = await createStaff(db, { role: 'SUPERVISOR', pin: '7002' });
    const cookie = await sessionCookie({ userId: user.id, locationId: demo.locationId, sessionVersion: 1 });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await me(cookie)).status).toBe(401);
  });

  it('revoking a device ends the PIN sessions opened on it', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const cashier = await sessionCookie({
      userId: demo.users.cashier,
      locationId: demo.locationId,
      deviceId: device.id,
    });
    const before = await me(cashier);
    expect(before.status).toBe(200);
    expect(dataOf(before).device).toMatchObject({ id: device.id, kind: 'TILL' });
    const manager = testApi({
      cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }),
    });
    const revoke = () => manager.request('revokeDevice', { params: { id: device.id } });
    expect((await revoke()).status).toBe(200);
    expect((await me(cashier)).status).toBe(401);
    expect((await revoke()).status).toBe(409);
  });
});
