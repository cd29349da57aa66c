import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { fromStripe } from '@/lib/domain/checkout';
import { reconcilePayment } from './reconcile-payment';
import { getLogger } from '../logger';
import { applyProviderUpdate, type ProviderUpdateResult } from './apply-provider-update';
import { createStripeProvider, STRIPE_PROVIDER, type StripeSettings } from './providers/stripe';

type PaymentIntentEvent =
  Stripe.PaymentIntentSucceededEvent | Stripe.PaymentIntentPaymentFailedEvent | Stripe.PaymentIntentCanceledEvent;

/**
 * `payment_intent.succeeded | payment_failed | canceled`: applied to our attempt through the same
 * state machine as every provider report, deduplicated on the event id. A failure leaves the bill
 * due and the customer free to try again with a new attempt; the failed PaymentIntent is cancelled
 * at Stripe so it cannot quietly succeed later, and if it already has, that success is recorded.
 */
export async function handlePaymentIntent(
  db: Db,
  settings: StripeSettings,
  event: PaymentIntentEvent,
  now: Date,
): Promise<ProviderUpdateResult> {
  const intent = event.data.object;
  const succeeded = event.type === 'payment_intent.succeeded';
  const result = await applyProviderUpdate(db, {
    provider: STRIPE_PROVIDER,
    eventId: event.id,
    eventType: event.type,
    providerPaymentId: intent.id,
    status: event.type === 'payment_intent.payment_failed' ? 'FAILED' : fromStripe(intent.status),
    payload: { id: intent.id, status: intent.status, amount: intent.amount, metadata: intent.metadata },
    processorFeePence: succeeded ? await stripeFeePence(settings, intent.id) : undefined,
    now,
  });
  if (event.type === 'payment_intent.payment_failed' && result === 'applied') {
    const provider = createStripeProvider(settings);
    try {
      await provider.cancel(intent.id);
      await reconcilePayment(db, provider, { provider: STRIPE_PROVIDER, providerPaymentId: intent.id }, now);
    } catch (error) {
      getLogger().warn({ err: error, intentId: intent.id }, 'could not close a failed PaymentIntent');
    }
  }
  return result;
}

/**
 * Stripe's fee for a succeeded PaymentIntent, from its charge's balance transaction (pence for a GBP
 * account). Undefined when Stripe has not settled it yet or cannot be asked: the payment is
 * recorded regardless, and its fee shows as none.
 */
async function stripeFeePence(settings: StripeSettings, intentId: string): Promise<number | undefined> {
  try {
    const intent = await settings.stripe.paymentIntents.retrieve(intentId, {
      expand: ['latest_charge.balance_transaction'],
    });
    const charge = intent.latest_charge;
    const balance = charge && typeof charge === 'object' ? charge.balance_transaction : null;
    return balance && typeof balance === 'object' ? balance.fee : undefined;
  } catch (error) {
    getLogger().warn({ err: error, intentId }, 'could not read the Stripe fee');
    return undefined;
  }
}
