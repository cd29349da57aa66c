import 'server-only';
import type { Db } from '@/lib/db';
import { type CheckoutStatus, effectiveCheckoutStatus } from '@/lib/domain/checkout';
import { isCheckoutUnfinished } from '@/lib/domain/payment-state';
import { AppError } from '@/lib/errors';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { checkoutUpdatedEvent } from '../write/events';

export type AttemptCheckout = {
  id: string;
  token: string;
  orderId: string;
  orderNumber: number;
  locationId: string;
  organisationId: string;
  venueName: string;
  status: CheckoutStatus;
  amountPence: number;
  expiresAt: Date;
  tipsEnabled: boolean;
};

export type Attempt = { checkout: AttemptCheckout; paymentId: string; reused: boolean };

/**
 * The customer chose a way to pay on their phone: records the attempt (a PENDING payment) before any
 * provider is called, so our payment id can be the provider's idempotency key. A crash after the
 * provider call then leaves an attempt that a retry or the reconcile step settles, never a provider
 * payment we do not know about. A tap that repeats a still-pending attempt (same way, same tip)
 * gets that attempt back: one provider payment, however many taps.
 */
export async function openAttempt(
  db: Db,
  options: { token: string; method: 'OPEN_BANKING' | 'CARD'; provider: string; tipPence: number; now: Date },
): Promise<Attempt> {
  const { token, method, provider, tipPence, now } = options;
  return writeTransaction(db, { now }, async (tx) => {
    const [checkout] = await tx.$queryRaw<AttemptCheckout[]>`
      SELECT c."id"::text AS "id", c."token", c."orderId"::text AS "orderId", o."number" AS "orderNumber",
             c."locationId"::text AS "locationId", l."organisationId"::text AS "organisationId",
             l."name" AS "venueName", c."status"::text AS "status", c."amountPence", c."expiresAt",
             l."tipsEnabled"
      FROM "CheckoutSession" c JOIN "Location" l ON l."id" = c."locationId" JOIN "Order" o ON o."id" = c."orderId"
      WHERE c."token" = ${token} FOR UPDATE OF c`;
    if (!checkout) throw new AppError('NOT_FOUND', { message: 'No such checkout' });
    const status = effectiveCheckoutStatus(checkout.status, checkout.expiresAt, now);
    if (!isCheckoutUnfinished(status)) {
      throw new AppError('CONFLICT', {
        message: status === 'PAID' ? 'This bill is already paid' : 'This payment link has expired; ask for a new one',
        details: { status },
      });
    }
    if (tipPence > 0 && !checkout.tipsEnabled) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'This venue does not take tips here',
        details: [{ path: 'tipPence', message: 'Tips are off' }],
      });
    }
    const pending = await tx.payment.findFirst({
      where: { checkoutId: checkout.id, method, provider, tipPence, status: 'PENDING' },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    if (pending) return { checkout, paymentId: pending.id, reused: true };
    const payment = await tx.payment.create({
      data: {
        locationId: checkout.locationId,
        orderId: checkout.orderId,
        checkoutId: checkout.id,
        method,
        status: 'PENDING',
        amountPence: checkout.amountPence,
        tipPence,
        provider,
        createdAt: now,
      },
    });
    await tx.checkoutSession.update({ where: { id: checkout.id }, data: { status: 'AT_BANK', tipPence } });
    await recordChange(tx, {
      by: SYSTEM,
      locationId: checkout.locationId,
      action: 'payment.started',
      entity: { type: 'Payment', id: payment.id },
      after: { method, provider, amountPence: checkout.amountPence, tipPence },
      now: now,
      events: [checkoutUpdatedEvent(checkout.locationId, checkout, 'AT_BANK')],
    });
    return { checkout, paymentId: payment.id, reused: false };
  });
}

/**
 * The provider answered: its payment id (and our platform fee) go on the attempt, and the answer
 * the customer's phone gets is stored with the request's Idempotency-Key in the same transaction.
 * A retry that reached the provider again got the same provider payment (our payment id is its
 * key), so a second recording finds the id already there and only answers.
 */
export async function recordProviderPayment<T>(
  db: Db,
  options: {
    attempt: Attempt;
    providerPaymentId: string;
    platformFeePence?: number;
    answer: T;
    idempotency?: IdempotencyHold | null;
    now: Date;
  },
): Promise<T> {
  const { attempt, providerPaymentId, platformFeePence, answer, idempotency, now } = options;
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const recorded = await tx.payment.updateMany({
      where: { id: attempt.paymentId, providerPaymentId: null },
      data: { providerPaymentId, ...(platformFeePence === undefined ? {} : { platformFeePence }) },
    });
    if (recorded.count === 1) {
      await recordChange(tx, {
        by: SYSTEM,
        locationId: attempt.checkout.locationId,
        action: 'payment.sent_to_provider',
        entity: { type: 'Payment', id: attempt.paymentId },
        after: { providerPaymentId, platformFeePence: platformFeePence ?? 0 },
        now: now,
      });
    }
    return answer;
  });
}

/**
 * The provider refused or never answered (or, found by the worker's sweep, the server died before
 * it could ask): the attempt failed and the customer may try another way. Its checkout shows
 * FAILED only when no other attempt of it is still under way.
 */
export async function failUnstartedAttempt(
  db: Db,
  options: { paymentId: string; reason: string; now: Date },
): Promise<boolean> {
  const { paymentId, reason, now } = options;
  return writeTransaction(db, { now }, async (tx) => {
    const [attempt] = await tx.$queryRaw<
      { checkoutId: string; orderId: string; token: string; status: CheckoutStatus; locationId: string }[]
    >`
      SELECT c."id"::text AS "checkoutId", c."orderId"::text AS "orderId", c."token", c."status"::text AS "status",
             c."locationId"::text AS "locationId"
      FROM "Payment" p JOIN "CheckoutSession" c ON c."id" = p."checkoutId"
      WHERE p."id" = ${paymentId}::uuid FOR UPDATE OF c`;
    if (!attempt) return false;
    const failed = await tx.payment.updateMany({
      where: { id: paymentId, status: 'PENDING', providerPaymentId: null },
      data: { status: 'FAILED', failedAt: now, failureReason: reason },
    });
    if (failed.count === 0) return false;
    const othersUnderWay = await tx.payment.count({
      where: { checkoutId: attempt.checkoutId, status: 'PENDING', id: { not: paymentId } },
    });
    const checkoutStatus = attempt.status === 'AT_BANK' && othersUnderWay === 0 ? 'FAILED' : attempt.status;
    if (checkoutStatus !== attempt.status) {
      await tx.checkoutSession.update({ where: { id: attempt.checkoutId }, data: { status: checkoutStatus } });
    }
    const checkout = { id: attempt.checkoutId, orderId: attempt.orderId, token: attempt.token };
    await recordChange(tx, {
      by: SYSTEM,
      locationId: attempt.locationId,
      action: 'payment.failed',
      entity: { type: 'Payment', id: paymentId },
      before: { status: 'PENDING' },
      after: { status: 'FAILED', reason },
      now: now,
      events: [checkoutUpdatedEvent(attempt.locationId, checkout, checkoutStatus)],
    });
    return true;
  });
}
