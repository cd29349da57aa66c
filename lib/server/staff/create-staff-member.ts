import 'server-only';
import type { Db } from '@/lib/db';
import type { TCreateStaffBody, TStaffInvite, TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import { hashPin } from '../auth/secrets';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type StaffRow, toStaffAudit, toStaffMember } from './lock-staff-member';
import { sendInvite } from './send-invite';
import { assertEmailFree, assertPinFree, assertStaffChangeAllowed } from './staff-conflicts';

export type CreateStaffMemberOptions = {
  db: Db;
  actor: Actor;
  body: TCreateStaffBody;
  /** Where an invite link points (PUBLIC_URL, or the origin the office was opened at). */
  baseUrl: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Adds a person to the actor's location. With a PIN they can sign in on a paired till at once;
 * without one they cannot until a manager sets it. With an email they get an invite to choose a
 * back-office password (emailed, or a link for the office to hand over).
 */
export async function createStaffMember({
  db,
  actor,
  body,
  baseUrl,
  idempotency,
  requestId,
  now,
}: CreateStaffMemberOptions): Promise<{ member: TStaffMember; invite: TStaffInvite | null }> {
  assertPermission(actor, 'staff:manage');
  assertStaffChangeAllowed({
    actor: { id: actor.userId, role: actor.role },
    target: null,
    change: { role: body.role },
    activeOwners: 0,
  });
  // scrypt is slow on purpose: hash before the transaction opens.
  const pinHash = body.pin ? await hashPin(body.pin, actor.locationId) : null;
  const email = body.email ?? null;
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    if (pinHash) await assertPinFree(tx, actor.locationId, pinHash);
    if (email) await assertEmailFree(tx, email);
    const user = await tx.user.create({
      data: { organisationId: actor.organisationId, name: body.name, email },
      select: { id: true, name: true, email: true, isActive: true, sessionVersion: true },
    });
    await tx.membership.create({ data: { userId: user.id, locationId: actor.locationId, role: body.role, pinHash } });
    const row: StaffRow = {
      ...user,
      role: body.role,
      hasPin: pinHash !== null,
      lastSignInAt: null,
      organisationId: actor.organisationId,
    };
    const invite = email
      ? await sendInvite(tx, { userId: user.id, name: user.name, email, locationId: actor.locationId, baseUrl, now })
      : null;
    await recordChange(tx, {
      by: actor,
      action: 'staff.created',
      entity: { type: 'User', id: user.id },
      after: { ...toStaffAudit(row), ...(pinHash ? { pinChanged: true as const } : {}) },
      requestId,
      now,
    });
    return { member: toStaffMember(row), invite };
  });
}
