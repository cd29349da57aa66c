import 'server-only';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';

/** Wrong PINs one device may try in a five-minute window; the one that spends the budget locks it. */
export const PIN_FAILURES_BEFORE_LOCK = RATE_LIMITS.pinFailuresPerDevice.limit;
/** How long a device (or person) is locked from the wrong PIN that spent its budget. */
export const PIN_LOCK_MINUTES = 5;

/**
 * Whose budgets a PIN check spends: the paired device it is typed on (or, for an approval given
 * in a session without a device, the person asking), and always the location's.
 */
export type PinAttemptSource = { locationId: string } & ({ deviceId: string } | { deviceId: null; userId: string });

/** An attempt the budgets let through, to be released (right PIN) or failed (wrong one). */
export type ReservedPinAttempt = Extract<PinAttempt, { ok: true }>;

export type PinAttempt =
  | {
      ok: true;
      /** When this attempt is wrong, the device (or person) is locked until this time. */
      locksUntil: Date | null;
      /** The PIN was right: the attempt is given back to both budgets. */
      release(): Promise<void>;
      /** The PIN was wrong: when it spent the budget, the device (or person) is locked from now. */
      fail(): Promise<void>;
    }
  | { ok: false; lockedUntil: Date };

const deviceKey = (deviceId: string) => `pin:device:${deviceId}`;
const sourceKey = (source: PinAttemptSource) =>
  source.deviceId !== null ? deviceKey(source.deviceId) : `pin:user:${source.userId}`;
const locationKey = (locationId: string) => `pin:location:${locationId}`;
const after = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);

/**
 * Reserves one PIN check against the device's budget and then the location's, each atomically,
 * before the PIN is looked at: however many guesses arrive at once, no more are checked than the
 * budgets hold. The device's budget is a fifth of the location's, so one device locks itself long
 * before it could lock the others.
 */
export async function reservePinAttempt(source: PinAttemptSource, now: Date): Promise<PinAttempt> {
  const limiter = getRateLimiter();
  const { pinFailuresPerDevice: perSource, pinFailuresPerLocation: perLocation } = RATE_LIMITS;
  const blocked = await limiter.blockedUntil(sourceKey(source), now);
  if (blocked) return { ok: false, lockedUntil: blocked };
  const own = await limiter.reserve(sourceKey(source), perSource, now);
  if (!own.allowed) return { ok: false, lockedUntil: after(now, own.retryAfterSeconds) };
  const shared = await limiter.reserve(locationKey(source.locationId), perLocation, now);
  if (!shared.allowed) {
    await limiter.release(sourceKey(source), perSource, now);
    return { ok: false, lockedUntil: after(now, shared.retryAfterSeconds) };
  }
  const locksUntil = own.count >= perSource.limit ? after(now, PIN_LOCK_MINUTES * 60) : null;
  return {
    ok: true,
    locksUntil,
    async release() {
      await limiter.release(sourceKey(source), perSource, now);
      await limiter.release(locationKey(source.locationId), perLocation, now);
    },
    async fail() {
      if (locksUntil) await limiter.block(sourceKey(source), locksUntil);
    },
  };
}

/** Until when PIN sign-in on a device is refused (its own budget or its location's spent), or null. */
export async function findPinLock(device: { id: string; locationId: string }, now: Date): Promise<Date | null> {
  const limiter = getRateLimiter();
  const [blocked, own, shared] = await Promise.all([
    limiter.blockedUntil(deviceKey(device.id), now),
    limiter.peek(deviceKey(device.id), RATE_LIMITS.pinFailuresPerDevice, now),
    limiter.peek(locationKey(device.locationId), RATE_LIMITS.pinFailuresPerLocation, now),
  ]);
  const seconds = Math.max(
    blocked ? Math.ceil((blocked.getTime() - now.getTime()) / 1000) : 0,
    own.allowed ? 0 : own.retryAfterSeconds,
    shared.allowed ? 0 : shared.retryAfterSeconds,
  );
  return seconds > 0 ? after(now, seconds) : null;
}
