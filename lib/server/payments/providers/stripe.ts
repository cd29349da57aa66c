import 'server-only';
import Stripe from 'stripe';
import { fromStripe } from '@/lib/domain/checkout';
import { getEnv } from '@/lib/env';
import type { PaymentProvider } from './provider';

export const STRIPE_PROVIDER = 'stripe';

export type StripeSettings = {
  stripe: Stripe;
  publishableKey: string;
  webhookSecret: string | null;
  connectedAccountId: string | null;
  platformFeeBps: number;
};

const globalForStripe = globalThis as unknown as { fynloStripe?: { key: string; client: Stripe } };

/**
 * Stripe as this deployment has it configured, or null when it has no keys (the pay page then hides
 * card and Apple Pay and says why). The SDK retries network failures and 5xx itself, with the same
 * idempotency key, so a retried create never makes a second PaymentIntent.
 */
export function getStripeSettings(): StripeSettings | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_PUBLISHABLE_KEY) return null;
  if (globalForStripe.fynloStripe?.key !== env.STRIPE_SECRET_KEY) {
    globalForStripe.fynloStripe = {
      key: env.STRIPE_SECRET_KEY,
      client: new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, timeout: 15_000, telemetry: false }),
    };
  }
  return {
    stripe: globalForStripe.fynloStripe.client,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
    connectedAccountId: env.STRIPE_CONNECTED_ACCOUNT_ID ?? null,
    platformFeeBps: env.PLATFORM_FEE_BPS,
  };
}

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
    async getRefundStatus({ providerRefundId }) {
      const refund = await stripe.refunds.retrieve(providerRefundId);
      // Stripe: pending, requires_action, succeeded, failed, canceled.
      if (refund.status === 'succeeded') return 'SUCCEEDED';
      return refund.status === 'failed' || refund.status === 'canceled' ? 'FAILED' : 'PENDING';
    },
  };
}
