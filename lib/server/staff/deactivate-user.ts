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
 * realtime sidecar drops their sockets when it reads the event.
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
    const member = await lockStaffMember(tx, actor, userId);
    if (!member.isActive) throw new AppError('CONFLICT', { message: `${member.name} is already deactivated` });
    const sessionVersion = member.sessionVersion + 1;
    await tx.user.update({ where: { id: userId }, data: { isActive: false, sessionVersion } });
    const after = toStaffMember({ ...member, isActive: false });
    await recordChange(tx, {
      by: actor,
      action: 'user.deactivated',
      entity: { type: 'User', id: userId },
      before: toStaffMember(member),
      after,
      requestId,
      now: now,
      events: [{ locationId: actor.locationId, type: 'user.deactivated', payload: { userId, sessionVersion } }],
    });
    return { user: after };
  });
}
