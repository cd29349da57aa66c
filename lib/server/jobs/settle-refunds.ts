import 'server-only';
import type { Db } from '@/lib/db';
import { getLogger } from '../logger';
import { providerNamed } from '../payments/providers';
import { sendRefund } from '../payments/send-refund';
import { settleRefund } from '../payments/settle-refund';

/** A refund request still in flight is given this long before the sweep sends it itself. */
export const UNSENT_REFUND_AFTER_MS = 2 * 60_000;

/**
 * Card and bank refunds between the till and the provider's payout, run by the worker:
 * - recorded but never handed to the provider (the server died between the two, and the till's
 *   retry replayed the recorded answer): sent now, keyed by the refund's id, so never twice;
 * - handed over and still pending: settled from the provider's own refund status, so the till and
 *   the office see "paid out" or "refused" without waiting for a webhook that may never come.
 */
export async function settleRefunds(db: Db, now: Date): Promise<{ sent: number; settled: number }> {
  const unsent = await db.refund.findMany({
    where: {
      status: 'PENDING',
      providerRefundId: null,
      createdAt: { lt: new Date(now.getTime() - UNSENT_REFUND_AFTER_MS) },
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
  let sent = 0;
  for (const { id } of unsent) {
    if ((await sendRefund({ db, refundId: id, actor: null, now })) === 'sent') sent += 1;
  }
  const pending = await db.refund.findMany({
    where: { status: 'PENDING', providerRefundId: { not: null } },
    select: { id: true, providerRefundId: true, payment: { select: { provider: true, providerPaymentId: true } } },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
  let settled = 0;
  for (const refund of pending) {
    const { provider, providerPaymentId } = refund.payment;
    const source = provider ? providerNamed(db, provider) : null;
    if (!source || !providerPaymentId || !refund.providerRefundId) continue;
    try {
      const status = await source.getRefundStatus({ providerPaymentId, providerRefundId: refund.providerRefundId });
      if (status === 'PENDING') continue;
      const result = await settleRefund(db, { refundId: refund.id, to: status, source: 'status_read', now });
      if (result === 'applied') settled += 1;
    } catch (error) {
      getLogger().warn({ err: error, refundId: refund.id }, 'could not read a pending refund from its provider');
    }
  }
  return { sent, settled };
}
