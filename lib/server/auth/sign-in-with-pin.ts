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

type Reservation =
  | { locationId: string; organisationId: string; attempt: number }
  | { refused: 'unpaired' | 'locked'; lockedUntil?: Date };

/**
 * Counts this attempt against the device *before* the PIN is checked, in one guarded UPDATE, so a
 * burst of parallel guesses gets at most five checks however they interleave.
 */
async function reserveAttempt(db: Db, deviceId: string, now: Date): Promise<Reservation> {
  const [row] = await db.$queryRaw<{ attempt: number; locationId: string; organisationId: string }[]>`
    UPDATE "Device" AS d SET "pinFailures" = d."pinFailures" + 1
    FROM "Location" AS l
    WHERE d."id" = ${deviceId}::uuid AND l."id" = d."locationId" AND d."revokedAt" IS NULL
      AND (d."pinLockedUntil" IS NULL OR d."pinLockedUntil" <= ${now})
      AND d."pinFailures" < ${PIN_FAILURES_BEFORE_LOCK}
    RETURNING d."pinFailures" AS "attempt", d."locationId" AS "locationId", l."organisationId" AS "organisationId"`;
  if (row) return row;
  const device = await db.device.findUnique({
    where: { id: deviceId },
    select: { revokedAt: true, pinLockedUntil: true },
  });
  if (!device || device.revokedAt) return { refused: 'unpaired' };
  return {
    refused: 'locked',
    lockedUntil: device.pinLockedUntil && device.pinLockedUntil > now ? device.pinLockedUntil : undefined,
  };
}

/**
 * Staff PIN sign-in on a paired device. Five wrong PINs in a row lock the device for five
 * minutes; wrong PINs across the location are limited too, so spreading guesses over several
 * devices does not help.
 */
export async function signInWithPin({ db, deviceId, pin, now }: SignInWithPinOptions): Promise<PinSignInResult> {
  if (!deviceId) return { ok: false, reason: 'unpaired' };
  const reservation = await reserveAttempt(db, deviceId, now);
  if ('refused' in reservation) return { ok: false, reason: reservation.refused, lockedUntil: reservation.lockedUntil };
  const { locationId, organisationId, attempt } = reservation;

  const limiter = getRateLimiter();
  const locationKey = `pin:location:${locationId}`;
  const locationLimit = await limiter.peek(locationKey, RATE_LIMITS.pinFailuresPerLocation, now);
  const membership =
    locationLimit.allowed && /^\d{4,6}$/.test(pin)
      ? await db.membership.findUnique({
          where: { locationId_pinHash: { locationId, pinHash: await hashPin(pin, locationId) } },
          select: { user: { select: { id: true, name: true, email: true, isActive: true, sessionVersion: true } } },
        })
      : null;
  const audit = { organisationId, locationId, deviceId, entityType: 'Device', entityId: deviceId, createdAt: now };

  if (membership?.user.isActive) {
    const { user } = membership;
    await db.$transaction(async (tx) => {
      await tx.device.update({ where: { id: deviceId }, data: { pinFailures: 0, lastSeenAt: now } });
      await appendAuditLog(tx, { ...audit, actorUserId: user.id, action: 'auth.pin_sign_in' });
    });
    return {
      ok: true,
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        locationId,
        sessionVersion: user.sessionVersion,
        deviceId,
      },
    };
  }

  if (!locationLimit.allowed) {
    const lockedUntil = new Date(now.getTime() + locationLimit.retryAfterSeconds * 1000);
    await db.device.update({ where: { id: deviceId }, data: { pinFailures: { decrement: 1 } } });
    return { ok: false, reason: 'locked', lockedUntil };
  }
  await limiter.hit(locationKey, RATE_LIMITS.pinFailuresPerLocation, now);
  const locks = attempt >= PIN_FAILURES_BEFORE_LOCK;
  const lockedUntil = new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    if (locks)
      await tx.device.update({ where: { id: deviceId }, data: { pinFailures: 0, pinLockedUntil: lockedUntil } });
    await appendAuditLog(tx, { ...audit, actorUserId: null, action: locks ? 'auth.pin_locked' : 'auth.pin_failed' });
  });
  return locks ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' };
}
