import 'server-only';
import type { Db } from '@/lib/db';
import type { TPublicCheckout } from '@/lib/schemas/checkout';
import { getPublicCheckout, markCheckoutOpened } from './checkout-sessions';
import { reconcileCheckout } from './reconcile-checkout';

export type OpenPublicCheckoutOptions = {
  db: Db;
  token: string;
  /** The customer is back from their bank (`?from=bank`): ask the provider too, in case its webhook is late. */
  fromBank: boolean;
  now: Date;
};

/**
 * The customer's phone opens its checkout, as the pay page and GET /api/v1/checkout/{token} both
 * do: settle a pending bank payment from the provider when they come back from the bank, tell the
 * till the customer has the bill (CREATED → OPENED, once, audited), then read what the phone shows.
 * NOT_FOUND for a token that matches nothing. Callers limit lookups per address first
 * (limitPublicLookups: the route handler, and proxy.ts for the page, which answers 429 itself).
 */
export async function openPublicCheckout({
  db,
  token,
  fromBank,
  now,
}: OpenPublicCheckoutOptions): Promise<TPublicCheckout> {
  if (fromBank) await reconcileCheckout(db, token, now);
  await markCheckoutOpened(db, token, now);
  return getPublicCheckout(db, token, now);
}
