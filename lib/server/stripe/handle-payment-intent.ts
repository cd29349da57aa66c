import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db';
import { fromStripe } from '@/lib/domain/checkout';
import { applyProviderUpdate, type ProviderUpdateResult } from '../payments/apply-provider-update';
import { STRIPE_PROVIDER } from './client';

type PaymentIntentEvent =
  Stripe.PaymentIntentSucceededEvent | Stripe.PaymentIntentPaymentFailedEvent | Stripe.PaymentIntentCanceledEvent;

/**
 * `payment_intent.succeeded | payment_failed | canceled`: applied to our attempt through the same
 * state machine as every provider report, deduplicated on the event id. A failure leaves the bill
 * due and the customer free to try again (a new attempt); a success after it still counts.
 */
export async function handlePaymentIntent(db: Db, event: PaymentIntentEvent, now: Date): Promise<ProviderUpdateResult> {
  const intent = event.data.object;
  return applyProviderUpdate(db, {
    provider: STRIPE_PROVIDER,
    eventId: event.id,
    eventType: event.type,
    providerPaymentId: intent.id,
    status: event.type === 'payment_intent.payment_failed' ? 'FAILED' : fromStripe(intent.status),
    payload: { id: intent.id, status: intent.status, amount: intent.amount, metadata: intent.metadata },
    now,
  });
}
