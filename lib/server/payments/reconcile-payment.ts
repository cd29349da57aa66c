import 'server-only';
import type { Db } from '@/lib/db';
import { getLogger } from '../logger';
import { applyProviderUpdate, type ProviderUpdateResult } from './apply-provider-update';
import { providerNamed } from './providers';
import type { PaymentProvider } from './providers/provider';

export type PendingPayment = { id?: string; provider: string; providerPaymentId: string };

/**
 * Reads one pending payment's status from its provider and applies it like a webhook (deduplicated
 * per status), so a lost or late webhook never leaves money unrecorded.
 */
export async function reconcilePayment(
  db: Db,
  source: PaymentProvider,
  payment: PendingPayment,
  now: Date,
): Promise<ProviderUpdateResult | 'pending'> {
  const status = await source.getStatus(payment.providerPaymentId);
  if (status === 'PENDING') return 'pending';
  return applyProviderUpdate(db, {
    provider: payment.provider,
    eventId: `status-read:${payment.providerPaymentId}:${status}`,
    eventType: 'status_read',
    providerPaymentId: payment.providerPaymentId,
    status,
    payload: { status },
    now,
  });
}

/** Reconciles each payment with its own provider; returns how many the providers settled. */
export async function reconcilePayments(db: Db, payments: readonly PendingPayment[], now: Date): Promise<number> {
  let settled = 0;
  for (const payment of payments) {
    const source = providerNamed(db, payment.provider);
    if (!source) continue;
    try {
      const result = await reconcilePayment(db, source, payment, now);
      if (result === 'applied' || result === 'needs_refund_review') settled += 1;
    } catch (error) {
      getLogger().warn({ err: error, paymentId: payment.id }, 'could not read a pending payment from its provider');
    }
  }
  return settled;
}

/** Attempts handed to a provider and still waiting for its word. */
export const PENDING_WITH_PROVIDER = {
  status: 'PENDING' as const,
  provider: { not: null },
  providerPaymentId: { not: null },
};
export const PENDING_PAYMENT_SELECT = { id: true, provider: true, providerPaymentId: true } as const;
