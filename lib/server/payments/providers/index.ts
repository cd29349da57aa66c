import 'server-only';
import type { Db } from '@/lib/db';
import { getAuthSecret, getEnv } from '@/lib/env';
import type { OpenBankingProvider } from './open-banking';
import { STRIPE_PROVIDER, getStripeSettings } from '../../stripe/client';
import { createStripeProvider } from '../../stripe/provider';
import { createSandboxProvider } from './sandbox-bank';

/** The pay-by-bank provider this deployment uses (OPEN_BANKING_PROVIDER). */
export function getOpenBankingProvider(db: Db): OpenBankingProvider {
  const env = getEnv();
  switch (env.OPEN_BANKING_PROVIDER) {
    case 'sandbox':
      return createSandboxProvider(db, getAuthSecret());
    case 'truelayer':
      throw new Error('TrueLayer is not wired in yet');
  }
}

/** What reconciling and refunding need from whichever provider holds a payment. */
export type PaymentProvider = Pick<OpenBankingProvider, 'name' | 'getStatus' | 'cancel' | 'refund'>;

/** The provider a stored payment belongs to, or null when this deployment no longer has it configured. */
export function providerNamed(db: Db, name: string): PaymentProvider | null {
  if (name === STRIPE_PROVIDER) {
    const settings = getStripeSettings();
    return settings ? createStripeProvider(settings) : null;
  }
  const openBanking = getOpenBankingProvider(db);
  return openBanking.name === name ? openBanking : null;
}
