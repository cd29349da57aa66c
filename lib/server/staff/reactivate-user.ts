import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange } from '../write/record-change';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { lockStaffMember, toStaffMember } from './lock-staff-member';

export type ReactivateUserOptions = {
  db: Db;
  actor: Actor;
  userId: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Lets a deactivated member of staff sign in again. Sessions from before stay ended: they sign in afresh. */
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
    const member = await lockStaffMember(tx, actor, userId);
    if (member.isActive) throw new AppError('CONFLICT', { message: `${member.name} is already active` });
    await tx.user.update({ where: { id: userId }, data: { isActive: true } });
    const after = toStaffMember({ ...member, isActive: true });
    await recordChange(tx, {
      by: actor,
      action: 'user.reactivated',
      entity: { type: 'User', id: userId },
      before: toStaffMember(member),
      after,
      requestId,
      now: now,
    });
    return { user: after };
  });
}
