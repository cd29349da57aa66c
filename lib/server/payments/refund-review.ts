import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { refundableFrom } from '@/lib/domain/payments';
import type { TRefundReviewItem } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import { toPaymentDto } from '../orders/order-dto';
import { assertPermission } from '../permissions';

/**
 * Money that arrived for a bill that no longer needed it (the QR expired or was called off, or the
 * bill was settled another way): recorded, flagged, and listed here until it is refunded, oldest
 * first, so the back office can send it back. Nothing is ever silently kept or lost.
 */
export async function listRefundReview(db: DbOrTx, actor: Actor): Promise<TRefundReviewItem[]> {
  assertPermission(actor, 'payments:refund');
  const flagged = await db.payment.findMany({
    where: { locationId: actor.locationId, needsRefundReview: true, status: 'SUCCEEDED' },
    include: {
      refunds: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      order: { select: { number: true } },
    },
    orderBy: [{ succeededAt: 'asc' }, { id: 'asc' }],
    take: 200,
  });
  return flagged
    .filter((payment) => refundableFrom(payment) > 0)
    .map((payment) => ({
      payment: toPaymentDto(payment),
      orderNumber: payment.order.number,
      provider: payment.provider,
      succeededAt: (payment.succeededAt ?? payment.createdAt).toISOString(),
    }));
}
