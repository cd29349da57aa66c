import 'server-only';
import { cashVariance, countDenominations, varianceNeedsApproval } from '@/lib/domain/cash';
import { formatPence } from '@/lib/domain/money';
import { AppError } from '@/lib/errors';
import type { TCashSession } from '@/lib/schemas/payments';
import { approverFor } from '../approvals/require-approval';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type CashChange, lockOpenSession, toCashSessionDto } from './cash-session-dto';

/**
 * Closes a drawer with its count: expected against counted, and the variance. A variance beyond the
 * location's limit (either way) needs a manager's sign-off in the same request.
 */
export async function closeCashSession(
  options: CashChange & {
    sessionId: string;
    count: { countedPence?: number; denominations?: Partial<Record<string, number>>; approval?: { pin: string } };
  },
): Promise<{ cashSession: TCashSession }> {
  const { db, actor, sessionId, count, idempotency, now } = options;
  assertPermission(actor, 'cash:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await lockOpenSession(tx, actor, sessionId);
    const counted = count.denominations ? countDenominations(count.denominations) : count.countedPence!;
    if (count.denominations && count.countedPence !== undefined && count.countedPence !== counted) {
      throw new AppError('VALIDATION_FAILED', {
        message: `The notes and coins add up to ${formatPence(counted)}, not ${formatPence(count.countedPence)}`,
        details: [{ path: 'countedPence', message: 'Does not match the denominations' }],
      });
    }
    const current = await toCashSessionDto(tx, sessionId);
    const variance = cashVariance(counted, current.expectedPence);
    const { cashVarianceLimitPence } = await tx.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: { cashVarianceLimitPence: true },
    });
    const approvedById = varianceNeedsApproval(variance, cashVarianceLimitPence)
      ? await approverFor({
          db: tx,
          actor,
          approval: count.approval,
          now,
          action: `Closing the drawer ${formatPence(Math.abs(variance))} ${variance < 0 ? 'short' : 'over'}`,
        })
      : null;
    await tx.cashSession.update({
      where: { id: sessionId },
      data: {
        closedAt: now,
        closedById: actor.userId,
        countedPence: counted,
        expectedPence: current.expectedPence,
        variancePence: variance,
        denominations: count.denominations ?? undefined,
        approvedById,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: 'cash.closed',
      entity: { type: 'CashSession', id: sessionId },
      after: { expectedPence: current.expectedPence, countedPence: counted, variancePence: variance },
      approvedById,
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, sessionId) };
  });
}
