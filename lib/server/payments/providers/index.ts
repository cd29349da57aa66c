import 'server-only';
import type { Db } from '@/lib/db';
import { getAuthSecret, getEnv } from '@/lib/env';
import type { OpenBankingProvider } from './open-banking';
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

/** What the reconcile step needs from whichever provider holds a payment. */
export type PaymentStatusSource = Pick<OpenBankingProvider, 'name' | 'getStatus' | 'cancel'>;

/** The provider a stored payment belongs to, or null when this deployment no longer has it configured. */
export function providerNamed(db: Db, name: string): PaymentStatusSource | null {
  const openBanking = getOpenBankingProvider(db);
  return openBanking.name === name ? openBanking : null;
}
