import 'server-only';
import type { Db } from '@/lib/db';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { applyStaffChange } from './update-staff-member';

export type ReactivateUserOptions = {
  db: Db;
  actor: Actor;
  userId: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Lets a deactivated member of staff sign in again. Sessions from before stay ended: they sign in
 * afresh. The same change as `PATCH /api/v1/staff/{id} { isActive: true }`, except that someone
 * already active is a 409.
 */
export async function reactivateUser({
  db,
  actor,
  userId,
  idempotency,
  requestId,
  now,
}: ReactivateUserOptions): Promise<{ user: TStaffMember }> {
  assertPermission(actor, 'staff:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const { member } = await applyStaffChange(tx, {
      actor,
      userId,
      changes: { isActive: true },
      pinHash: undefined,
      mustSwitch: true,
      requestId,
      now,
    });
    return { user: member };
  });
}
