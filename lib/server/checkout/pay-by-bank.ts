import 'server-only';
import type { Db } from '@/lib/db';
import { effectiveCheckoutStatus } from '@/lib/domain/checkout';
import { AppError } from '@/lib/errors';
import { getLogger } from '../logger';
import { recordChange } from '../outbox/record-change';
import type { OpenBankingProvider } from '../payments/providers/open-banking';

const STARTABLE = new Set(['CREATED', 'OPENED', 'AT_BANK', 'FAILED']);

type StartableCheckout = {
  id: string;
  orderId: string;
  orderNumber: number;
  locationId: string;
  organisationId: string;
  venueName: string;
  status: 'CREATED' | 'OPENED' | 'AT_BANK' | 'PAID' | 'FAILED' | 'EXPIRED' | 'CANCELED';
  amountPence: number;
  expiresAt: Date;
  tipsEnabled: boolean;
};

const checkoutEvent = (checkout: StartableCheckout, token: string, status: 'AT_BANK' | 'FAILED') => ({
  locationId: checkout.locationId,
  type: 'checkout.updated' as const,
  payload: { checkoutId: checkout.id, orderId: checkout.orderId, token, status },
});

/**
 * The customer chose pay by bank on their phone: a pending payment attempt, the provider's payment
 * for it, and where to send the customer to approve it. Nothing is paid here; the return from the
 * bank never marks the bill paid, only the provider's verified report does.
 *
 * The attempt is recorded before the provider is called, with our payment id as the provider's
 * idempotency key: a crash in between leaves a PENDING attempt that a retry or the reconcile step
 * settles, never a provider payment we do not know about.
 */
export async function startPayByBank(options: {
  db: Db;
  provider: OpenBankingProvider;
  token: string;
  bankId?: string;
  tipPence: number;
  baseUrl: string;
  now: Date;
}): Promise<{ redirectUrl: string }> {
  const { db, provider, token, bankId, tipPence, baseUrl, now } = options;
  const { checkout, paymentId } = await db.$transaction(async (tx) => {
    const [checkout] = await tx.$queryRaw<StartableCheckout[]>`
      SELECT c."id"::text AS "id", c."orderId"::text AS "orderId", o."number" AS "orderNumber",
             c."locationId"::text AS "locationId", l."organisationId"::text AS "organisationId",
             l."name" AS "venueName", c."status"::text AS "status", c."amountPence", c."expiresAt",
             l."tipsEnabled"
      FROM "CheckoutSession" c JOIN "Location" l ON l."id" = c."locationId" JOIN "Order" o ON o."id" = c."orderId"
      WHERE c."token" = ${token} FOR UPDATE OF c`;
    if (!checkout) throw new AppError('NOT_FOUND', { message: 'No such checkout' });
    const status = effectiveCheckoutStatus(checkout.status, checkout.expiresAt, now);
    if (!STARTABLE.has(status)) {
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
    const payment = await tx.payment.create({
      data: {
        locationId: checkout.locationId,
        orderId: checkout.orderId,
        checkoutId: checkout.id,
        method: 'OPEN_BANKING',
        status: 'PENDING',
        amountPence: checkout.amountPence,
        tipPence,
        provider: provider.name,
        createdAt: now,
      },
    });
    await tx.checkoutSession.update({ where: { id: checkout.id }, data: { status: 'AT_BANK', tipPence } });
    await recordChange(tx, {
      audit: {
        organisationId: checkout.organisationId,
        locationId: checkout.locationId,
        actorUserId: null,
        action: 'payment.started',
        entityType: 'Payment',
        entityId: payment.id,
        after: { method: 'OPEN_BANKING', provider: provider.name, bankId, amountPence: checkout.amountPence, tipPence },
        createdAt: now,
      },
      events: [checkoutEvent(checkout, token, 'AT_BANK')],
    });
    return { checkout, paymentId: payment.id };
  });

  try {
    const created = await provider.createPayment({
      idempotencyKey: paymentId,
      amountPence: checkout.amountPence + tipPence,
      payeeName: checkout.venueName,
      reference: `Order ${checkout.orderNumber}`,
      returnUrl: `${baseUrl}/pay/${token}?from=bank`,
      bankId,
    });
    await db.payment.update({ where: { id: paymentId }, data: { providerPaymentId: created.providerPaymentId } });
    return { redirectUrl: created.redirectUrl };
  } catch (error) {
    getLogger().error({ err: error, paymentId, provider: provider.name }, 'pay by bank could not be started');
    await failUnstartedAttempt(db, checkout, token, paymentId, new Date());
    throw new AppError('PROVIDER_UNAVAILABLE', {
      message: 'Your bank could not be reached just now. Try again, or pay by card.',
    });
  }
}

/** The provider refused or never answered: the attempt failed, the customer may try another way. */
async function failUnstartedAttempt(db: Db, checkout: StartableCheckout, token: string, paymentId: string, now: Date) {
  await db.$transaction(async (tx) => {
    const failed = await tx.payment.updateMany({
      where: { id: paymentId, status: 'PENDING', providerPaymentId: null },
      data: { status: 'FAILED', failedAt: now, failureReason: 'provider_unavailable' },
    });
    if (failed.count === 0) return;
    await tx.checkoutSession.updateMany({ where: { id: checkout.id, status: 'AT_BANK' }, data: { status: 'FAILED' } });
    await recordChange(tx, {
      audit: {
        organisationId: checkout.organisationId,
        locationId: checkout.locationId,
        actorUserId: null,
        action: 'payment.failed',
        entityType: 'Payment',
        entityId: paymentId,
        after: { status: 'FAILED', reason: 'provider_unavailable' },
        createdAt: now,
      },
      events: [checkoutEvent(checkout, token, 'FAILED')],
    });
  });
}
