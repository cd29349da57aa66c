import 'server-only';
import type { Db } from '@/lib/db';
import { UNFINISHED_CHECKOUT_STATUSES } from '@/lib/domain/payment-state';
import { failUnstartedAttempt } from '../checkout/start-attempt';
import { getLogger } from '../logger';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { providerNamed } from '../payments/providers';
import {
  PENDING_PAYMENT_SELECT as select,
  PENDING_WITH_PROVIDER as pendingWhere,
  type PendingPayment,
  reconcilePayments,
} from '../payments/reconcile-payment';
import { checkoutUpdatedEvent } from '../write/events';

/**
 * The payments safety net, run by the worker every few seconds:
 * - checkouts past their expiry are marked EXPIRED (the till hears it) and their provider payments
 *   that the customer never approved are cancelled where the provider allows;
 * - attempts never handed to the customer are closed after five minutes;
 * - attempts still pending after `stuckAfterMs` are settled from the provider's own status.
 */
export async function sweepPayments(
  db: Db,
  now: Date,
  stuckAfterMs = 30_000,
): Promise<{ expired: number; settled: number; abandoned: number }> {
  const expired = await expireCheckouts(db, now);
  const abandoned = await abandonUnstartedAttempts(db, now);
  const stuck = await db.payment.findMany({
    where: { ...pendingWhere, createdAt: { lt: new Date(now.getTime() - stuckAfterMs) } },
    select,
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
  return { expired, settled: await reconcilePayments(db, stuck as PendingPayment[], now), abandoned };
}

/** An attempt the provider never acknowledged may be retried (same key) this long; then it is over. */
const UNSTARTED_ATTEMPT_MS = 5 * 60_000;

/**
 * Attempts recorded but never handed to the customer (the server died between the provider call
 * and recording its answer, and nobody tapped again): the customer was never given anything to pay
 * with, so no money can arrive for them. Each is failed through the same use case as a refusal.
 */
async function abandonUnstartedAttempts(db: Db, now: Date): Promise<number> {
  const unstarted = await db.payment.findMany({
    where: {
      status: 'PENDING',
      provider: { not: null },
      providerPaymentId: null,
      createdAt: { lt: new Date(now.getTime() - UNSTARTED_ATTEMPT_MS) },
    },
    select: { id: true },
    take: 100,
  });
  let abandoned = 0;
  for (const { id } of unstarted) {
    if (await failUnstartedAttempt(db, { paymentId: id, reason: 'never_started', now })) abandoned += 1;
  }
  return abandoned;
}

async function expireCheckouts(db: Db, now: Date): Promise<number> {
  const due = await db.checkoutSession.findMany({
    where: { status: { in: [...UNFINISHED_CHECKOUT_STATUSES] }, expiresAt: { lte: now } },
    select: { id: true },
    take: 100,
  });
  let count = 0;
  for (const { id } of due) {
    const pending = await writeTransaction(db, { now }, async (tx) => {
      const [checkout] = await tx.$queryRaw<{ id: string; orderId: string; token: string; locationId: string }[]>`
        UPDATE "CheckoutSession" c SET "status" = 'EXPIRED'
        WHERE c."id" = ${id}::uuid AND c."status"::text = ANY(${[...UNFINISHED_CHECKOUT_STATUSES]})
          AND c."expiresAt" <= ${now}
        RETURNING c."id"::text AS "id", c."orderId"::text AS "orderId", c."token", c."locationId"::text AS "locationId"`;
      if (!checkout) return null;
      await recordChange(tx, {
        by: SYSTEM,
        locationId: checkout.locationId,
        action: 'checkout.expired',
        entity: { type: 'CheckoutSession', id: checkout.id },
        now,
        events: [checkoutUpdatedEvent(checkout.locationId, checkout, 'EXPIRED')],
      });
      return tx.payment.findMany({ where: { ...pendingWhere, checkoutId: id }, select });
    });
    if (!pending) continue;
    count += 1;
    for (const payment of pending as PendingPayment[]) {
      try {
        await providerNamed(db, payment.provider)?.cancel(payment.providerPaymentId);
      } catch (error) {
        getLogger().warn({ err: error, paymentId: payment.id }, 'could not cancel an expired checkout’s payment');
      }
    }
    // A payment the customer had already approved still arrives: reconcile records it, flagged for refund.
    await reconcilePayments(db, pending as PendingPayment[], now);
  }
  return count;
}
