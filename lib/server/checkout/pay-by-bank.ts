import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { getLogger } from '../logger';
import type { OpenBankingProvider } from '../payments/providers/provider';
import { failUnstartedAttempt, openAttempt, recordProviderPayment } from './start-attempt';

/**
 * The customer chose pay by bank on their phone: an attempt, the provider's payment for it (our
 * payment id is its idempotency key), and where to send the customer to approve it. Nothing is
 * paid here; the return from the bank never marks the bill paid, only the provider's verified
 * report (or a status read) does.
 */
export async function startPayByBank(options: {
  db: Db;
  provider: OpenBankingProvider;
  token: string;
  bankId?: string;
  tipPence: number;
  baseUrl: string;
  /** The request's Idempotency-Key: its answer is stored with the provider's payment id. */
  idempotency?: IdempotencyHold | null;
  now: Date;
}): Promise<{ redirectUrl: string }> {
  const { db, provider, token, bankId, tipPence, baseUrl, idempotency, now } = options;
  const attempt = await openAttempt(db, { token, method: 'OPEN_BANKING', provider: provider.name, tipPence, now });
  let created: Awaited<ReturnType<OpenBankingProvider['createPayment']>>;
  try {
    created = await provider.createPayment({
      idempotencyKey: attempt.paymentId,
      amountPence: attempt.checkout.amountPence + tipPence,
      payeeName: attempt.checkout.venueName,
      reference: `Order ${attempt.checkout.orderNumber}`,
      returnUrl: `${baseUrl}/pay/${token}?from=bank`,
      bankId,
    });
  } catch (error) {
    getLogger().error({ err: error, paymentId: attempt.paymentId, provider: provider.name }, 'pay by bank not started');
    await failUnstartedAttempt(db, { paymentId: attempt.paymentId, reason: 'provider_unavailable', now: new Date() });
    throw new AppError('PROVIDER_UNAVAILABLE', {
      message: 'Your bank could not be reached just now. Try again, or pay by card.',
    });
  }
  return recordProviderPayment(db, {
    attempt,
    providerPaymentId: created.providerPaymentId,
    answer: { redirectUrl: created.redirectUrl },
    idempotency,
    now,
  });
}
