import 'server-only';
import type { Db } from '@/lib/db';
import { platformFeePence } from '@/lib/domain/checkout';
import { AppError } from '@/lib/errors';
import { failUnstartedAttempt, openAttempt, recordProviderPayment } from './start-attempt';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { getLogger } from '../logger';
import { STRIPE_PROVIDER, type StripeSettings } from '../payments/providers/stripe';

/** Stripe's idempotency key for an attempt: the same attempt always asks for the same PaymentIntent. */
export const paymentIntentKey = (paymentId: string) => `fynlo-payment-${paymentId}`;

/**
 * Apple Pay, Google Pay or card on the customer's phone: a PaymentIntent in pence for the attempt
 * (our payment id in its metadata and in its idempotency key), whose client secret the page hands to
 * Stripe's own fields. Card details go from the phone to Stripe; they never reach us. Only Stripe's
 * webhook (or a status read) records the money.
 */
export async function startCardPayment(options: {
  db: Db;
  settings: StripeSettings;
  token: string;
  tipPence: number;
  /** The request's Idempotency-Key: its answer is stored with the PaymentIntent's id. */
  idempotency?: IdempotencyHold | null;
  now: Date;
}): Promise<{ clientSecret: string; publishableKey: string }> {
  const { db, settings, token, tipPence, idempotency, now } = options;
  const attempt = await openAttempt(db, { token, method: 'CARD', provider: STRIPE_PROVIDER, tipPence, now });
  const amount = attempt.checkout.amountPence + tipPence;
  const fee = settings.connectedAccountId ? platformFeePence(amount, settings.platformFeeBps) : 0;
  let intent: Awaited<ReturnType<StripeSettings['stripe']['paymentIntents']['create']>>;
  try {
    intent = await settings.stripe.paymentIntents.create(
      {
        amount,
        currency: 'gbp',
        automatic_payment_methods: { enabled: true },
        description: `${attempt.checkout.venueName} · order ${attempt.checkout.orderNumber}`,
        metadata: {
          fynloPaymentId: attempt.paymentId,
          orderId: attempt.checkout.orderId,
          checkoutId: attempt.checkout.id,
        },
        ...(settings.connectedAccountId
          ? { application_fee_amount: fee, transfer_data: { destination: settings.connectedAccountId } }
          : {}),
      },
      { idempotencyKey: paymentIntentKey(attempt.paymentId) },
    );
    if (!intent.client_secret) throw new Error('Stripe returned a PaymentIntent without a client secret');
  } catch (error) {
    getLogger().error({ err: error, paymentId: attempt.paymentId }, 'card payment not started');
    await failUnstartedAttempt(db, { paymentId: attempt.paymentId, reason: 'provider_unavailable', now: new Date() });
    throw new AppError('PROVIDER_UNAVAILABLE', {
      message: 'Card payments are not answering just now. Try again, or pay by bank.',
    });
  }
  return recordProviderPayment(db, {
    attempt,
    providerPaymentId: intent.id,
    platformFeePence: fee,
    answer: { clientSecret: intent.client_secret, publishableKey: settings.publishableKey },
    idempotency,
    now,
  });
}
