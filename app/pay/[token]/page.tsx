import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { PayPage } from '@/components/pay/pay-page';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { type TPublicCheckout, ZCheckoutTokenParams } from '@/lib/schemas/checkout';
import { getPublicCheckout, markCheckoutOpened } from '@/lib/server/checkout/checkout-sessions';
import { reconcileCheckout } from '@/lib/server/checkout/reconcile-checkout';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { realtimeUrlFor } from '@/lib/server/realtime/realtime-url';
import { getStripeSettings } from '@/lib/server/payments/providers/stripe';

export const metadata: Metadata = { title: 'Pay your bill', robots: { index: false, follow: false } };

/** The checkout for this phone, or 'rate-limited'; a token that matches nothing is the 404 page. */
async function loadCheckout(
  request: Request,
  token: string,
  fromBank: boolean,
): Promise<TPublicCheckout | 'rate-limited'> {
  const now = new Date();
  const db = getDb();
  try {
    await limitPublicLookups(request, 'checkout', now);
    // Back from the bank: ask the provider too, in case its webhook is late.
    if (fromBank) await reconcileCheckout(db, token, now);
    await markCheckoutOpened(db, token, now);
    return await getPublicCheckout(db, token, now);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return 'rate-limited';
    throw error;
  }
}

/**
 * The customer's pay page, opened from the till's QR code on their own phone. Read on the server
 * (the bill shows before any script runs); the page keeps itself live from there.
 */
export default async function PayTokenPage(props: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ZCheckoutTokenParams.safeParse(await props.params);
  if (!params.success) notFound();
  const { token } = params.data;
  const incoming = await headers();
  const request = new Request(`http://${incoming.get('host') ?? 'localhost'}/pay/${token}`, { headers: incoming });
  const checkout = await loadCheckout(request, token, (await props.searchParams).from === 'bank');
  if (checkout === 'rate-limited') {
    return (
      <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 bg-surface p-6 text-center text-ink">
        <h1 className="text-2xl font-bold">Too many tries</h1>
        <p className="text-lg">Wait a minute, then scan the QR code again.</p>
      </main>
    );
  }
  const stripe = getStripeSettings();
  return (
    <PayPage
      token={token}
      initial={checkout}
      realtimeUrl={realtimeUrlFor(request)}
      stripePublishableKey={stripe?.publishableKey ?? null}
    />
  );
}
