import 'server-only';
import { fromStripe } from '@/lib/domain/checkout';
import type { PaymentProvider } from '../payments/providers';
import { STRIPE_PROVIDER, type StripeSettings } from './client';

/** Stripe seen through the provider interface the reconcile step and refunds use. */
export function createStripeProvider(settings: StripeSettings): PaymentProvider {
  const { stripe } = settings;
  return {
    name: STRIPE_PROVIDER,
    async getStatus(providerPaymentId) {
      return fromStripe((await stripe.paymentIntents.retrieve(providerPaymentId)).status);
    },
    async cancel(providerPaymentId) {
      const intent = await stripe.paymentIntents.retrieve(providerPaymentId);
      // Only an intent the customer has not paid can be cancelled; a paid one is left to arrive.
      if (intent.status === 'requires_payment_method' || intent.status === 'requires_action') {
        await stripe.paymentIntents.cancel(providerPaymentId, { cancellation_reason: 'abandoned' });
      }
    },
    async refund({ providerPaymentId, amountPence, idempotencyKey }) {
      const refund = await stripe.refunds.create(
        {
          payment_intent: providerPaymentId,
          amount: amountPence,
          ...(settings.connectedAccountId ? { reverse_transfer: true, refund_application_fee: true } : {}),
        },
        { idempotencyKey: `fynlo-refund-${idempotencyKey}` },
      );
      return { providerRefundId: refund.id };
    },
  };
}
