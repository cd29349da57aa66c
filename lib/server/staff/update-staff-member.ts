import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffMember, TUpdateStaffBody } from '@/lib/schemas/staff';
import { endAccountTokens, PASSWORD_TOKEN_KINDS } from '../account/account-tokens';
import type { Actor } from '../auth/actor';
import { hashPin } from '../auth/secrets';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { type OutboxEventInput, recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { lockStaffMember, type StaffRow, toStaffAudit, toStaffMember } from './lock-staff-member';
import { assertEmailFree, assertPinFree, assertStaffChangeAllowed, lockActiveOwners } from './staff-conflicts';

export type UpdateStaffMemberOptions = {
  db: Db;
  actor: Actor;
  userId: string;
  changes: TUpdateStaffBody;
  /**
   * The deactivate and reactivate endpoints ask for a switch that must happen: one that finds the
   * person already off (or on) is a 409, not a quiet success.
   */
  mustSwitch?: boolean;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Changes a person at the actor's location: name, role, PIN, email, or switched off and on (the
 * deactivate and reactivate endpoints come here too). A new role or PIN, or switching them off,
 * moves their session version on, so every session they hold ends at once and the realtime
 * sidecar drops their sockets; reactivating never revives an old session.
 */
export async function updateStaffMember({
  db,
  actor,
  userId,
  changes,
  mustSwitch = false,
  idempotency,
  requestId,
  now,
}: UpdateStaffMemberOptions): Promise<{ member: TStaffMember }> {
  assertPermission(actor, 'staff:manage');
  // scrypt is slow on purpose: hash before the transaction opens. null removes the PIN.
  const pinHash = changes.pin ? await hashPin(changes.pin, actor.locationId) : changes.pin;
  return writeTransaction(db, { idempotency, now }, (tx) =>
    applyStaffChange(tx, { actor, userId, changes, pinHash, mustSwitch, requestId, now }),
  );
}

export type ApplyStaffChangeOptions = Pick<
  UpdateStaffMemberOptions,
  'actor' | 'userId' | 'changes' | 'mustSwitch' | 'requestId' | 'now'
> & {
  /** The new PIN's hash (hashed before the transaction); null removes the PIN; undefined keeps it. */
  pinHash: string | null | undefined;
};

/** The change itself, inside the caller's transaction (the deactivate and reactivate endpoints share it). */
export async function applyStaffChange(
  tx: DbOrTx,
  { actor, userId, changes, pinHash, mustSwitch = false, requestId, now }: ApplyStaffChangeOptions,
): Promise<{ member: TStaffMember }> {
  // Owners first, then the person: every staff change takes its locks in the same order.
  const activeOwners = await lockActiveOwners(tx, actor.locationId);
  const member = await lockStaffMember(tx, actor, userId);
  assertStaffChangeAllowed({
    actor: { id: actor.userId, role: actor.role },
    target: member,
    change: { role: changes.role, isActive: changes.isActive },
    activeOwners,
  });
  if (mustSwitch && changes.isActive === member.isActive)
    throw new AppError('CONFLICT', {
      message: `${member.name} is already ${member.isActive ? 'active' : 'deactivated'}`,
    });
  if (pinHash) await assertPinFree(tx, actor.locationId, pinHash, userId);
  const email = changes.email === undefined ? member.email : changes.email;
  if (email && email !== member.email) await assertEmailFree(tx, email, userId);

  const role = changes.role ?? member.role;
  const isActive = changes.isActive ?? member.isActive;
  const pinChanged = pinHash !== undefined && (pinHash !== null || member.hasPin);
  const switchedOff = member.isActive && !isActive;
  const endsSessions = role !== member.role || pinChanged || switchedOff;
  const sessionVersion = member.sessionVersion + (endsSessions ? 1 : 0);
  const after: StaffRow = {
    ...member,
    name: changes.name ?? member.name,
    role,
    email,
    isActive,
    hasPin: pinHash === undefined ? member.hasPin : pinHash !== null,
    sessionVersion,
  };

  await tx.user.update({
    where: { id: userId },
    // Without an email there is no password sign-in: a password left behind would come back
    // with the next address.
    data: { name: after.name, email, isActive, sessionVersion, ...(email === null ? { passwordHash: null } : {}) },
  });
  if (role !== member.role || pinHash !== undefined)
    await tx.membership.update({
      where: { userId_locationId: { userId, locationId: actor.locationId } },
      data: { role, ...(pinHash === undefined ? {} : { pinHash }) },
    });
  // A link sent to an old address, or anything of someone switched off, must not open the account;
  // a PIN set here ends the code that would have let them choose one on a till.
  if (switchedOff) await endAccountTokens(tx, userId, now);
  else {
    if (email !== member.email) await endAccountTokens(tx, userId, now, PASSWORD_TOKEN_KINDS);
    if (pinHash) await endAccountTokens(tx, userId, now, ['TILL_PIN']);
  }

  const events: OutboxEventInput[] = endsSessions
    ? [
        {
          locationId: actor.locationId,
          type: switchedOff ? 'user.deactivated' : 'user.sessions_ended',
          payload: { userId, sessionVersion },
        },
      ]
    : [];
  const onlySwitch = Object.keys(changes).every((key) => key === 'isActive') && isActive !== member.isActive;
  await recordChange(tx, {
    by: actor,
    action: onlySwitch ? (isActive ? 'user.reactivated' : 'user.deactivated') : 'staff.updated',
    entity: { type: 'User', id: userId },
    before: toStaffAudit(member),
    after: { ...toStaffAudit(after), ...(pinChanged ? { pinChanged: true as const } : {}) },
    requestId,
    now,
    events,
  });
  return { member: toStaffMember(after) };
}
