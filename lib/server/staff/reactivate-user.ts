import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import { recordChange } from '../outbox/record-change';
import { assertPermission } from '../permissions';
import { lockStaffMember, toStaffMember } from './lock-staff-member';

export type ReactivateUserOptions = { db: Db; actor: Actor; userId: string; requestId: string; now: Date };

/** Lets a deactivated member of staff sign in again. Sessions from before stay ended: they sign in afresh. */
export async function reactivateUser({
  db,
  actor,
  userId,
  requestId,
  now,
}: ReactivateUserOptions): Promise<TStaffMember> {
  assertPermission(actor, 'staff:manage');
  return db.$transaction(async (tx) => {
    const member = await lockStaffMember(tx, actor, userId);
    if (member.isActive) throw new AppError('CONFLICT', { message: `${member.name} is already active` });
    await tx.user.update({ where: { id: userId }, data: { isActive: true } });
    const after = toStaffMember({ ...member, isActive: true });
    await recordChange(tx, {
      audit: {
        organisationId: actor.organisationId,
        locationId: actor.locationId,
        actorUserId: actor.userId,
        deviceId: actor.deviceId,
        action: 'user.reactivated',
        entityType: 'User',
        entityId: userId,
        before: toStaffMember(member),
        after,
        requestId,
        createdAt: now,
      },
    });
    return after;
  });
}
