import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { effectiveCheckoutStatus } from '@/lib/domain/checkout';
import { AppError } from '@/lib/errors';
import { recordChange } from '../outbox/record-change';
import { SANDBOX_PROVIDER } from '../payments/providers/sandbox-bank';

const STARTABLE = new Set(['CREATED', 'OPENED', 'AT_BANK', 'FAILED']);

/**
 * The customer chose pay by bank on their phone: a pending payment attempt with the provider (the
 * built-in sandbox bank here) and where to send the customer to approve it. Nothing is paid until
 * the provider confirms; the return from the bank never marks the bill paid.
 */
export async function startPayByBank(options: {
  db: Db;
  token: string;
  bankId: string;
  tipPence: number;
  now: Date;
}): Promise<{ redirectUrl: string }> {
  const { db, token, bankId, tipPence, now } = options;
  return db.$transaction(async (tx) => {
    const [checkout] = await tx.$queryRaw<
      {
        id: string;
        orderId: string;
        locationId: string;
        organisationId: string;
        status: 'CREATED' | 'OPENED' | 'AT_BANK' | 'PAID' | 'FAILED' | 'EXPIRED' | 'CANCELED';
        amountPence: number;
        expiresAt: Date;
        tipsEnabled: boolean;
      }[]
    >`
      SELECT c."id"::text AS "id", c."orderId"::text AS "orderId", c."locationId"::text AS "locationId",
             l."organisationId"::text AS "organisationId", c."status"::text AS "status", c."amountPence",
             c."expiresAt", l."tipsEnabled"
      FROM "CheckoutSession" c JOIN "Location" l ON l."id" = c."locationId"
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
    const providerPaymentId = randomUUID();
    const payment = await tx.payment.create({
      data: {
        locationId: checkout.locationId,
        orderId: checkout.orderId,
        checkoutId: checkout.id,
        method: 'OPEN_BANKING',
        status: 'PENDING',
        amountPence: checkout.amountPence,
        tipPence,
        provider: SANDBOX_PROVIDER,
        providerPaymentId,
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
        after: {
          method: 'OPEN_BANKING',
          provider: SANDBOX_PROVIDER,
          bankId,
          amountPence: checkout.amountPence,
          tipPence,
        },
        createdAt: now,
      },
      events: [
        {
          locationId: checkout.locationId,
          type: 'checkout.updated',
          payload: { checkoutId: checkout.id, orderId: checkout.orderId, token, status: 'AT_BANK' },
        },
      ],
    });
    return { redirectUrl: `/sandbox-bank/${providerPaymentId}?bank=${encodeURIComponent(bankId)}` };
  });
}
