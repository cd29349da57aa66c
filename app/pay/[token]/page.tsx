import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PayPage } from '@/components/pay/pay-page';
import { AppError } from '@/lib/errors';
import { ZCheckoutTokenParams } from '@/lib/schemas/checkout';
import { openPublicCheckout } from '@/lib/server/checkout/open-public-checkout';
import { pageContext } from '@/lib/server/http/page-context';
import { isPayByBankSetUp } from '@/lib/server/payments/providers';
import { realtimeUrlFor } from '@/lib/server/realtime/realtime-url';
import { getStripeSettings } from '@/lib/server/payments/providers/stripe';

export const metadata: Metadata = { title: 'Pay your bill', robots: { index: false, follow: false } };

/**
 * The customer's pay page, opened from the till's QR code on their own phone. Read on the server
 * (the bill shows before any script runs); the page keeps itself live from there. Lookups per
 * address are limited before this renders: proxy.ts answers a limited visitor with a real 429.
 */
export default async function PayTokenPage(props: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ZCheckoutTokenParams.safeParse(await props.params);
  if (!params.success) notFound();
  const { token } = params.data;
  const { db, request, now } = await pageContext(`/pay/${token}`);
  const fromBank = (await props.searchParams).from === 'bank';
  const checkout = await openPublicCheckout({ db, token, fromBank, now }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const stripe = getStripeSettings();
  return (
    <PayPage
      token={token}
      initial={checkout}
      realtimeUrl={realtimeUrlFor(request)}
      stripePublishableKey={stripe?.publishableKey ?? null}
      payByBankAvailable={isPayByBankSetUp()}
    />
  );
}
