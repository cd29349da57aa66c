import 'server-only';
import Stripe from 'stripe';
import { getEnv } from '@/lib/env';

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
