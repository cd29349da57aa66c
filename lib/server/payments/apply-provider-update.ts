import 'server-only';
import type { Db } from '@/lib/db';
import { effectiveCheckoutStatus } from '@/lib/domain/checkout';
import {
  checkoutStatusAfterReport,
  isPaymentStillWanted,
  nextPaymentStatus,
  type PaymentStatus,
} from '@/lib/domain/payment-state';
import { getLogger } from '../logger';
import { bumpOrderVersion, lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { checkoutUpdatedEvent } from '../write/events';
import { orderUpdatedEvent } from '../write/events';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { applyPaymentToOrder } from './apply-payment-to-order';
import { claimWebhookEvent } from './webhook-events';

/** What each move of a payment is called in the audit log (a payment never moves to PENDING). */
const PAYMENT_ACTIONS = {
  AUTHORIZED: 'payment.authorized',
  SUCCEEDED: 'payment.succeeded',
  FAILED: 'payment.failed',
  CANCELED: 'payment.canceled',
  EXPIRED: 'payment.expired',
} as const satisfies Record<Exclude<PaymentStatus, 'PENDING'>, string>;

export type ProviderUpdate = {
  provider: string;
  /** The provider's id for the delivery (deduplicates retries). */
  eventId: string;
  eventType: string;
  providerPaymentId: string;
  status: PaymentStatus;
  /** What the processor charged the venue, when its report says (Stripe's balance transaction). */
  processorFeePence?: number;
  payload: unknown;
  now: Date;
};

export type ProviderUpdateResult = 'applied' | 'duplicate' | 'unchanged' | 'unknown_payment' | 'needs_refund_review';

/**
 * Applies a verified provider report to our payment, once: a repeated delivery changes nothing,
 * a late or out-of-order one never moves the payment backwards. Money that arrives for a bill that
 * no longer needs it (the checkout expired or was called off, or the bill was settled another way)
 * is still recorded, and flagged for a refund in the back office: money is never silently lost.
 */
export async function applyProviderUpdate(db: Db, update: ProviderUpdate): Promise<ProviderUpdateResult> {
  const { provider, providerPaymentId, now } = update;
  const found = await db.payment.findUnique({
    where: { provider_providerPaymentId: { provider, providerPaymentId } },
    select: { orderId: true, locationId: true },
  });
  return writeTransaction(db, { now }, async (tx) => {
    const first = await claimWebhookEvent(tx, {
      provider,
      eventId: update.eventId,
      type: update.eventType,
      payload: update.payload,
      now,
    });
    if (!first) return 'duplicate';
    if (!found) {
      getLogger().warn({ provider, providerPaymentId, eventId: update.eventId }, 'webhook for an unknown payment');
      return 'unknown_payment';
    }
    const locked = await lockOrder(tx, { orderId: found.orderId, locationId: found.locationId });
    const payment = await tx.payment.findUniqueOrThrow({
      where: { provider_providerPaymentId: { provider, providerPaymentId } },
      include: { checkout: true },
    });
    const next = nextPaymentStatus(payment.status, update.status);
    if (!next || next === 'PENDING') return 'unchanged';
    const before = await getOrder(tx, found.locationId, found.orderId);
    const checkoutStatus = payment.checkout
      ? effectiveCheckoutStatus(payment.checkout.status, payment.checkout.expiresAt, now)
      : null;
    const succeeded = next === 'SUCCEEDED';
    const review =
      succeeded &&
      !isPaymentStillWanted({
        checkoutStatus,
        orderStatus: locked.status,
        amountPence: payment.amountPence,
        duePence: before.totals.duePence,
      });
    await tx.payment.update({
      where: { id: payment.id },
      data: {
        status: next,
        ...(succeeded ? { succeededAt: now } : {}),
        ...(succeeded && update.processorFeePence !== undefined ? { processorFeePence: update.processorFeePence } : {}),
        ...(next === 'FAILED' || next === 'CANCELED' || next === 'EXPIRED' ? { failedAt: now } : {}),
        needsRefundReview: review,
      },
    });
    if (succeeded && !review) await applyPaymentToOrder(tx, locked, before, payment.amountPence, now);
    else await bumpOrderVersion(tx, locked);
    const newCheckoutStatus = checkoutStatus
      ? checkoutStatusAfterReport({ checkoutStatus, paymentStatus: next, appliedToBill: succeeded && !review })
      : null;
    if (payment.checkout && newCheckoutStatus && newCheckoutStatus !== payment.checkout.status) {
      await tx.checkoutSession.update({
        where: { id: payment.checkout.id },
        data: { status: newCheckoutStatus, ...(newCheckoutStatus === 'PAID' ? { paidAt: now } : {}) },
      });
    }
    const after = await getOrder(tx, found.locationId, found.orderId);
    await recordChange(tx, {
      by: SYSTEM,
      locationId: found.locationId,
      action: review ? 'payment.needs_refund_review' : PAYMENT_ACTIONS[next],
      entity: { type: 'Payment', id: payment.id },
      before: { status: payment.status },
      after: { status: next, provider, eventId: update.eventId, needsRefundReview: review },
      now: now,
      events: [
        orderUpdatedEvent(found.locationId, after, 'order.provider_payment'),
        ...(payment.checkout && newCheckoutStatus
          ? [checkoutUpdatedEvent(found.locationId, payment.checkout, newCheckoutStatus)]
          : []),
      ],
    });
    return review ? 'needs_refund_review' : 'applied';
  });
}
