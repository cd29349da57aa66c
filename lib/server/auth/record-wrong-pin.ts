import 'server-only';
import type { Db } from '@/lib/db';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import type { ReservedPinAttempt } from './pin-attempts';

/**
 * A wrong PIN (or till code) typed on a device: spends the attempt and audits it on the device,
 * as `auth.pin_locked` when it was the one that locked it. Answers until when it is locked, or null.
 */
export async function recordWrongPin(
  db: Db,
  attempt: ReservedPinAttempt,
  { locationId, deviceId, requestId, now }: { locationId: string; deviceId: string; requestId?: string; now: Date },
): Promise<Date | null> {
  const { locksUntil } = attempt;
  await attempt.fail();
  await writeTransaction(db, { now }, (tx) =>
    recordChange(tx, {
      by: SYSTEM,
      locationId,
      action: locksUntil ? 'auth.pin_locked' : 'auth.pin_failed',
      entity: { type: 'Device', id: deviceId },
      requestId,
      now,
    }),
  );
  return locksUntil;
}
