import 'server-only';
import type { Db } from '@/lib/db';
import { getAuthSecret, getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { OpenBankingProvider, PaymentProvider } from './provider';
import { createStripeProvider, getStripeSettings, STRIPE_PROVIDER } from './stripe';
import { createSandboxProvider } from './sandbox-bank';
import { createTrueLayerProvider, type TrueLayerConfig } from './truelayer';

/** Whether pay by bank is offered at all (in production only once OPEN_BANKING_PROVIDER is set). */
export function isPayByBankSetUp(): boolean {
  return getEnv().OPEN_BANKING_PROVIDER !== null;
}

/** The pay-by-bank provider this deployment uses (OPEN_BANKING_PROVIDER); 409 when none is set up. */
export function getOpenBankingProvider(db: Db): OpenBankingProvider {
  const env = getEnv();
  switch (env.OPEN_BANKING_PROVIDER) {
    case null:
      throw new AppError('CONFLICT', {
        message: 'Pay by bank is not set up here; pay by card, or ask the staff',
        details: { reason: 'PAY_BY_BANK_NOT_SET_UP' },
      });
    case 'sandbox':
      return createSandboxProvider(db, getAuthSecret());
    case 'truelayer': {
      // One provider per configuration, so its access token and TrueLayer's keys stay cached.
      const config = trueLayerConfig();
      const key = JSON.stringify(config);
      if (trueLayer?.key !== key) trueLayer = { key, provider: createTrueLayerProvider(config) };
      return trueLayer.provider;
    }
  }
}

let trueLayer: { key: string; provider: OpenBankingProvider } | null = null;

function trueLayerConfig(): TrueLayerConfig {
  const env = getEnv();
  const missing = (
    [
      'TRUELAYER_CLIENT_ID',
      'TRUELAYER_CLIENT_SECRET',
      'TRUELAYER_SIGNING_KEY_ID',
      'TRUELAYER_SIGNING_PRIVATE_KEY',
      'TRUELAYER_MERCHANT_ACCOUNT_ID',
    ] as const
  ).filter((name) => !env[name]);
  if (missing.length) throw new Error(`OPEN_BANKING_PROVIDER=truelayer needs ${missing.join(', ')}`);
  return {
    environment: env.TRUELAYER_ENVIRONMENT,
    clientId: env.TRUELAYER_CLIENT_ID!,
    clientSecret: env.TRUELAYER_CLIENT_SECRET!,
    signingKeyId: env.TRUELAYER_SIGNING_KEY_ID!,
    signingPrivateKeyPem: env.TRUELAYER_SIGNING_PRIVATE_KEY!.replace(/\\n/g, '\n'),
    merchantAccountId: env.TRUELAYER_MERCHANT_ACCOUNT_ID!,
  };
}

/** The provider a stored payment belongs to, or null when this deployment no longer has it configured. */
export function providerNamed(db: Db, name: string): PaymentProvider | null {
  if (name === STRIPE_PROVIDER) {
    const settings = getStripeSettings();
    return settings ? createStripeProvider(settings) : null;
  }
  if (!getEnv().OPEN_BANKING_PROVIDER) return null;
  const openBanking = getOpenBankingProvider(db);
  return openBanking.name === name ? openBanking : null;
}
