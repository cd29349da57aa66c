import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { refundedFrom } from '@/lib/domain/payments';
import { getLogger } from '../logger';
import { bumpOrderVersion, lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { orderUpdatedEvent } from '../write/events';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { moveRefund } from './settle-refund';
import { claimWebhookEvent } from './webhook-events';
import { STRIPE_PROVIDER } from './providers/stripe';

export type ChargeRefundedResult = 'applied' | 'duplicate' | 'unchanged' | 'unknown_payment';

/**
 * `charge.refunded`: Stripe confirms refunds. Ours waiting for it turn SUCCEEDED; money refunded
 * outside the till (in Stripe's dashboard) is recorded as a refund too, so the books match Stripe's.
 */
export async function handleChargeRefunded(
  db: Db,
  event: Stripe.ChargeRefundedEvent,
  now: Date,
): Promise<ChargeRefundedResult> {
  const charge = event.data.object;
  const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
  const found = intentId
    ? await db.payment.findUnique({
        where: { provider_providerPaymentId: { provider: STRIPE_PROVIDER, providerPaymentId: intentId } },
        select: { id: true, orderId: true, locationId: true },
      })
    : null;
  return writeTransaction(db, { now }, async (tx) => {
    const first = await claimWebhookEvent(tx, {
      provider: STRIPE_PROVIDER,
      eventId: event.id,
      type: event.type,
      payload: { charge: charge.id, amountRefunded: charge.amount_refunded },
      now,
    });
    if (!first) return 'duplicate';
    if (!found) {
      getLogger().warn({ eventId: event.id, intentId }, 'stripe refund for an unknown payment');
      return 'unknown_payment';
    }
    let order = await lockOrder(tx, { orderId: found.orderId, locationId: found.locationId });
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: found.id }, include: { refunds: true } });
    const context = { locationId: found.locationId, now };
    // Ours that were waiting for Stripe's word: each is paid out, audited and announced once.
    let confirmed = 0;
    for (const refund of payment.refunds.filter((candidate) => candidate.status === 'PENDING')) {
      const moved = await moveRefund(tx, {
        ...context,
        refundId: refund.id,
        order,
        to: 'SUCCEEDED',
        actor: null,
        source: event.id,
      });
      if (moved) [order, confirmed] = [moved, confirmed + 1];
    }
    // Money refunded outside the till (in Stripe's dashboard) becomes a refund of ours too, so the
    // books match Stripe's.
    const outside = charge.amount_refunded - refundedFrom(payment);
    if (outside <= 0) return confirmed ? 'applied' : 'unchanged';
    const recorded = await tx.refund.create({
      data: {
        locationId: found.locationId,
        paymentId: payment.id,
        amountPence: outside,
        reason: 'Refunded in the Stripe dashboard',
        status: 'SUCCEEDED',
        providerRefundId: charge.refunds?.data[0]?.id ?? null,
        createdAt: now,
      },
    });
    await bumpOrderVersion(tx, order);
    const after = await getOrder(tx, found.locationId, found.orderId);
    await recordChange(tx, {
      by: SYSTEM,
      locationId: found.locationId,
      action: 'refund.recorded_from_provider',
      entity: { type: 'Refund', id: recorded.id },
      after: { paymentId: payment.id, amountPence: outside, eventId: event.id },
      now: now,
      events: [orderUpdatedEvent(found.locationId, after, 'order.refunded')],
    });
    return 'applied';
  });
}
