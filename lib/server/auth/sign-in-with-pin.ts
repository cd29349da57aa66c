import 'server-only';
import type { Db } from '@/lib/db';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { reservePinAttempt } from './pin-attempts';
import { recordWrongPin } from './record-wrong-pin';
import { hashPin } from './secrets';

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
 * Staff PIN sign-in on a paired device. Each attempt is reserved against the device's budget (five
 * wrong PINs in a five-minute window lock it until the window ends) and the location's before the
 * PIN is checked; a right PIN gives its attempt back, so a colleague's sign-in never costs anyone.
 */
export async function signInWithPin({ db, deviceId, pin, now }: SignInWithPinOptions): Promise<PinSignInResult> {
  if (!deviceId) return { ok: false, reason: 'unpaired' };
  const device = await db.device.findFirst({
    where: { id: deviceId, revokedAt: null },
    select: { locationId: true, location: { select: { organisationId: true } } },
  });
  if (!device) return { ok: false, reason: 'unpaired' };
  const { locationId } = device;
  const attempt = await reservePinAttempt({ locationId, deviceId }, now);
  if (!attempt.ok) return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };

  const membership = /^\d{4,6}$/.test(pin)
    ? await db.membership.findUnique({
        where: { locationId_pinHash: { locationId, pinHash: await hashPin(pin, locationId) } },
        select: { user: { select: { id: true, name: true, email: true, isActive: true, sessionVersion: true } } },
      })
    : null;
  const entity = { type: 'Device', id: deviceId } as const;

  if (membership?.user.isActive) {
    const { user } = membership;
    await attempt.release();
    await writeTransaction(db, { now }, async (tx) => {
      await tx.device.update({ where: { id: deviceId }, data: { lastSeenAt: now } });
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await recordChange(tx, {
        by: { userId: user.id, organisationId: device.location.organisationId, locationId, deviceId },
        action: 'auth.pin_sign_in',
        entity,
        now,
      });
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

  const locksUntil = await recordWrongPin(db, attempt, { locationId, deviceId, now });
  return locksUntil ? { ok: false, reason: 'locked', lockedUntil: locksUntil } : { ok: false, reason: 'invalid' };
}
