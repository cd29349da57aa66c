import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TTillPinCode } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { lockStaffMember } from './lock-staff-member';
import { issueTillPinCode } from './till-pin-code';
import { assertStaffChangeAllowed } from './staff-conflicts';

export type MakeTillPinCodeOptions = { db: Db; actor: Actor; userId: string; requestId: string; now: Date };

/**
 * A one-time code with which a person chooses their own PIN on a paired till: a new starter added
 * with "let them choose it", or someone who forgot theirs (the manager never learns the new PIN).
 * The answer is never stored against an Idempotency-Key: a retry makes a fresh code and the
 * first stops working, so no live code sits in the database in the clear.
 */
export async function makeTillPinCode({
  db,
  actor,
  userId,
  requestId,
  now,
}: MakeTillPinCodeOptions): Promise<{ tillPinCode: TTillPinCode }> {
  assertPermission(actor, 'staff:manage');
  return writeTransaction(db, { now }, async (tx) => {
    const member = await lockStaffMember(tx, actor, userId);
    assertStaffChangeAllowed({
      actor: { id: actor.userId, role: actor.role },
      target: member,
      change: {},
      activeOwners: 0,
    });
    if (!member.isActive)
      throw new AppError('CONFLICT', { message: `${member.name} is deactivated: reactivate them first` });
    const { code, expiresAt } = await issueTillPinCode(tx, { userId, locationId: actor.locationId, now });
    await recordChange(tx, {
      by: actor,
      action: 'staff.till_pin_code_issued',
      entity: { type: 'User', id: userId },
      after: { expiresAt: expiresAt.toISOString() },
      requestId,
      now,
    });
    return { tillPinCode: { code, expiresAt: expiresAt.toISOString() } };
  });
}
