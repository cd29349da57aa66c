import 'server-only';
import type { TCashSession } from '@/lib/schemas/payments';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type CashChange, lockOpenSession, toCashSessionDto } from './cash-session-dto';

/** What each movement is called in the audit log. */
const MOVEMENT_ACTIONS = {
  PAY_IN: 'cash.pay_in',
  PAY_OUT: 'cash.pay_out',
  SAFE_DROP: 'cash.safe_drop',
  NO_SALE: 'cash.no_sale',
} as const;

/** Pay-in, pay-out, safe drop or no-sale (the drawer opened with no sale: a reason is required). */
export async function addCashMovement(
  options: CashChange & {
    sessionId: string;
    movement: {
      id?: string;
      kind: 'PAY_IN' | 'PAY_OUT' | 'SAFE_DROP' | 'NO_SALE';
      amountPence: number;
      reason: string;
    };
  },
): Promise<{ cashSession: TCashSession }> {
  const { db, actor, sessionId, movement, idempotency, now } = options;
  assertPermission(actor, 'cash:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await lockOpenSession(tx, actor, sessionId);
    const amountPence = movement.kind === 'NO_SALE' ? 0 : movement.amountPence;
    const created = await tx.cashMovement.create({
      data: {
        id: movement.id,
        locationId: actor.locationId,
        cashSessionId: sessionId,
        kind: movement.kind,
        amountPence,
        reason: movement.reason,
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: MOVEMENT_ACTIONS[movement.kind],
      entity: { type: 'CashSession', id: sessionId },
      after: { movementId: created.id, kind: movement.kind, amountPence, reason: movement.reason },
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, sessionId) };
  });
}
