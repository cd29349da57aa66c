import 'server-only';
import type { Db } from '@/lib/db';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { applyStaffChange } from './update-staff-member';

export type DeactivateUserOptions = {
  db: Db;
  actor: Actor;
  userId: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Switches a member of staff off: no sign-in works, and every session they hold ends at once
 * (their session version goes up, so reactivating them later does not revive an old cookie); the
 * realtime sidecar drops their sockets when it reads the event. The same change as
 * `PATCH /api/v1/staff/{id} { isActive: false }`, except that someone already off is a 409.
 */
export async function deactivateUser({
  db,
  actor,
  userId,
  idempotency,
  requestId,
  now,
}: DeactivateUserOptions): Promise<{ user: TStaffMember }> {
  assertPermission(actor, 'staff:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const { member } = await applyStaffChange(tx, {
      actor,
      userId,
      changes: { isActive: false },
      pinHash: undefined,
      mustSwitch: true,
      requestId,
      now,
    });
    return { user: member };
  });
}
