import 'server-only';
import type { Db } from '@/lib/db';
import { appendAuditLog } from '../audit/append-audit-log';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { hashPin } from './secrets';

/** Wrong PINs in a row that lock a device, and for how long. */
export const PIN_FAILURES_BEFORE_LOCK = 5;
export const PIN_LOCK_MINUTES = 5;

/** What a successful sign-in puts in the session. */
export type SignedInUser = {
  id: string;
  name: string;
  email: string | null;
  locationId: string;
  sessionVersion: number;
  deviceId: string | null;
};

export type PinSignInFailure = 'invalid' | 'unpaired' | 'locked';
export type PinSignInResult =
  { ok: true; user: SignedInUser } | { ok: false; reason: PinSignInFailure; lockedUntil?: Date };

export type SignInWithPinOptions = { db: Db; deviceId: string | null; pin: string; now: Date };

/**
 * Staff PIN sign-in on a paired device. Five wrong PINs in a row lock the device for five
 * minutes; wrong PINs across the location are limited too, so spreading guesses over several
 * devices does not help.
 */
export async function signInWithPin({ db, deviceId, pin, now }: SignInWithPinOptions): Promise<PinSignInResult> {
  const device = deviceId
    ? await db.device.findFirst({
        where: { id: deviceId, revokedAt: null },
        include: { location: { select: { organisationId: true } } },
      })
    : null;
  if (!device) return { ok: false, reason: 'unpaired' };
  if (device.pinLockedUntil && device.pinLockedUntil > now)
    return { ok: false, reason: 'locked', lockedUntil: device.pinLockedUntil };
  const limiter = getRateLimiter();
  const locationKey = `pin:location:${device.locationId}`;
  const locationLimit = await limiter.peek(locationKey, RATE_LIMITS.pinFailuresPerLocation, now);
  if (!locationLimit.allowed)
    return {
      ok: false,
      reason: 'locked',
      lockedUntil: new Date(now.getTime() + locationLimit.retryAfterSeconds * 1000),
    };

  const membership = /^\d{4,6}$/.test(pin)
    ? await db.membership.findUnique({
        where: { locationId_pinHash: { locationId: device.locationId, pinHash: hashPin(pin, device.locationId) } },
        select: { user: { select: { id: true, name: true, email: true, isActive: true, sessionVersion: true } } },
      })
    : null;
  const audit = {
    organisationId: device.location.organisationId,
    locationId: device.locationId,
    deviceId: device.id,
    entityType: 'Device',
    entityId: device.id,
    createdAt: now,
  };

  if (!membership || !membership.user.isActive) {
    await limiter.hit(locationKey, RATE_LIMITS.pinFailuresPerLocation, now);
    const lockedUntil = new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000);
    const updated = await db.$transaction(async (tx) => {
      // One statement counts the failure and locks on the fifth, so parallel guesses cannot slip past.
      const [row] = await tx.$queryRaw<{ pinFailures: number; pinLockedUntil: Date | null }[]>`
        UPDATE "Device" SET
          "pinFailures" = CASE WHEN "pinFailures" + 1 >= ${PIN_FAILURES_BEFORE_LOCK} THEN 0 ELSE "pinFailures" + 1 END,
          "pinLockedUntil" = CASE WHEN "pinFailures" + 1 >= ${PIN_FAILURES_BEFORE_LOCK} THEN ${lockedUntil} ELSE "pinLockedUntil" END
        WHERE "id" = ${device.id}::uuid
        RETURNING "pinFailures", "pinLockedUntil"`;
      const justLocked = row?.pinLockedUntil?.getTime() === lockedUntil.getTime();
      await appendAuditLog(tx, {
        ...audit,
        actorUserId: null,
        action: justLocked ? 'auth.pin_locked' : 'auth.pin_failed',
      });
      return { justLocked };
    });
    return updated.justLocked ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' };
  }

  const { user } = membership;
  await db.$transaction(async (tx) => {
    await tx.device.update({ where: { id: device.id }, data: { pinFailures: 0, lastSeenAt: now } });
    await appendAuditLog(tx, { ...audit, actorUserId: user.id, action: 'auth.pin_sign_in' });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locationId: device.locationId,
      sessionVersion: user.sessionVersion,
      deviceId: device.id,
    },
  };
}
