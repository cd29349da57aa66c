import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffInvite } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { lockStaffMember } from './lock-staff-member';
import { sendInvite } from './send-invite';
import { assertStaffChangeAllowed } from './staff-conflicts';

export type InviteStaffMemberOptions = {
  db: Db;
  actor: Actor;
  userId: string;
  /** Where the link points (PUBLIC_URL, or the origin the office was opened at). */
  baseUrl: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** A fresh invite link for someone with an email (the first was lost or ran out); older links stop working. */
export async function inviteStaffMember({
  db,
  actor,
  userId,
  baseUrl,
  idempotency,
  requestId,
  now,
}: InviteStaffMemberOptions): Promise<{ invite: TStaffInvite }> {
  assertPermission(actor, 'staff:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const member = await lockStaffMember(tx, actor, userId);
    assertStaffChangeAllowed({
      actor: { id: actor.userId, role: actor.role },
      target: member,
      change: {},
      activeOwners: 0,
    });
    if (!member.email)
      throw new AppError('CONFLICT', { message: `Add an email for ${member.name} first, then invite them` });
    if (!member.isActive)
      throw new AppError('CONFLICT', { message: `${member.name} is deactivated: reactivate them first` });
    const invite = await sendInvite(tx, {
      userId,
      name: member.name,
      email: member.email,
      locationId: actor.locationId,
      baseUrl,
      now,
    });
    await recordChange(tx, {
      by: actor,
      action: 'staff.invited',
      entity: { type: 'User', id: userId },
      after: { emailed: invite.emailed, expiresAt: invite.expiresAt },
      requestId,
      now,
    });
    return { invite };
  });
}
