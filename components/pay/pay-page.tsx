'use client';

import { Check, Clock, Landmark, ShieldCheck } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { cardFeeSavedPence } from '@/lib/domain/checkout';
import { formatPence } from '@/lib/domain/money';
import { countdownTone, formatCountdown, shownCheckoutStatus } from '@/lib/client/checkout-status';
import { useNowEverySecond } from '@/lib/client/use-now';
import { usePayByBank } from '@/lib/client/use-pay-by-bank';
import { usePublicCheckout } from '@/lib/client/use-public-checkout';
import type { TPublicCheckout } from '@/lib/schemas/checkout';
import { NO_TIP, type TipChoice, TipRow, tipPenceFor } from '../till/tip-row';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { BillSummary } from './bill-summary';

export type PayPageProps = {
  token: string;
  initial: TPublicCheckout;
  realtimeUrl: string;
  /** Null when the venue has no Stripe keys: card and Apple Pay are hidden and the page says why. */
  stripePublishableKey: string | null;
  /** False until a pay-by-bank provider is set up (production never falls back to the test bank). */
  payByBankAvailable: boolean;
};

// Stripe's code loads only on phones of venues that take cards, and only when it is needed.
const CardPayment = dynamic(() => import('./card-payment').then((module) => module.CardPayment), { ssr: false });

/** The customer's phone: the bill, a tip, pay by bank first (with what it saves the venue), then card. */
export function PayPage({ token, initial, realtimeUrl, stripePublishableKey, payByBankAvailable }: PayPageProps) {
  const { checkout } = usePublicCheckout(token, initial, realtimeUrl);
  const payByBank = usePayByBank(token);
  const [tip, setTip] = useState<TipChoice>(NO_TIP);
  // 0 while rendered on the server: no countdown until the phone's own clock ticks.
  const now = useNowEverySecond();
  const remainingMs = now ? Date.parse(checkout.expiresAt) - now : null;
  const status = now ? shownCheckoutStatus(checkout.status, checkout.expiresAt, now) : checkout.status;
  const tipPence = checkout.tips.enabled ? tipPenceFor(tip, checkout.amountPence) : 0;
  const total = checkout.amountPence + tipPence;

  if (status === 'PAID') return <Paid checkout={checkout} />;
  if (status === 'EXPIRED' || status === 'CANCELED') return <Closed checkout={checkout} status={status} />;

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-5 bg-surface p-5 pb-8 text-ink">
      <BillSummary checkout={checkout} />
      {checkout.tips.enabled ? (
        <TipRow
          amountPence={checkout.amountPence}
          presetsBps={checkout.tips.presetsBps}
          choice={tip}
          onChange={setTip}
        />
      ) : null}
      <div className="flex items-baseline justify-between border-t-2 border-ink pt-3">
        <span className="text-xl font-bold">To pay</span>
        <span className="tabular text-5xl font-bold" aria-live="polite">
          {formatPence(total)}
        </span>
      </div>

      <div aria-live="polite" className="flex flex-col gap-3">
        {status === 'FAILED' ? (
          <Notice tone="warning">
            Your bank did not complete the payment, and nothing was taken. Try another bank
            {stripePublishableKey ? ', or pay by card below' : ''}.
          </Notice>
        ) : null}
        {status === 'AT_BANK' ? (
          <Notice tone="info">
            Waiting for your bank to confirm. If you closed your bank app, you can start again below.
          </Notice>
        ) : null}
        {payByBank.error ? <Notice tone="error">{payByBank.error.message}</Notice> : null}
      </div>

      <section aria-label="Pay by bank" className="flex flex-col gap-2">
        {payByBankAvailable ? (
          <>
            <Button
              size="xl"
              className="min-h-[4.5rem] w-full text-2xl"
              busy={payByBank.isPending || payByBank.isSuccess}
              onClick={() => {
                if (status === 'FAILED' && payByBank.isIdle === false) payByBank.newAttempt();
                payByBank.mutate({ tipPence });
              }}
            >
              <Landmark aria-hidden className="size-7" />
              {status === 'FAILED' ? 'Try pay by bank again' : 'Pay by bank'}
            </Button>
            <p className="text-center text-base text-ink-muted">
              Instant and secure in your banking app. No card fees for {checkout.venue.name} — they keep{' '}
              <strong className="text-ink">{formatPence(cardFeeSavedPence(total))} more</strong>.
            </p>
          </>
        ) : (
          <p className="text-base text-ink-muted">
            Pay by bank is not set up at {checkout.venue.name} yet.{' '}
            {stripePublishableKey ? 'Pay by card below, or ask the staff.' : 'Ask the staff how to pay.'}
          </p>
        )}
      </section>

      <section aria-label="Card or Apple Pay" className="flex flex-col gap-2 border-t border-line pt-4">
        {stripePublishableKey ? (
          <CardPayment
            token={token}
            publishableKey={stripePublishableKey}
            amountPence={checkout.amountPence}
            tipPence={tipPence}
          />
        ) : (
          <p className="text-base text-ink-muted">
            Card and Apple Pay are not set up at {checkout.venue.name} yet. Pay by bank, or ask the staff.
          </p>
        )}
      </section>

      <footer className="mt-auto flex items-center justify-center gap-2 text-base text-ink-muted">
        <ShieldCheck aria-hidden className="size-5" />
        Secure · <Clock aria-hidden className="size-4" /> expires in{' '}
        <span
          className={`tabular font-semibold ${remainingMs !== null && countdownTone(remainingMs) === 'warn' ? 'text-warning' : ''}`}
        >
          {remainingMs === null ? '' : formatCountdown(remainingMs)}
        </span>
      </footer>
    </main>
  );
}

function Paid({ checkout }: { checkout: TPublicCheckout }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-5 bg-surface p-6 text-center text-ink">
      <span className="flex size-28 items-center justify-center rounded-full bg-success text-ink-inverse">
        <Check aria-hidden className="size-16" strokeWidth={3} />
      </span>
      <h1 className="text-3xl font-bold" aria-live="polite">
        Paid — thank you
      </h1>
      <p className="tabular text-5xl font-bold">{formatPence(checkout.amountPence + checkout.tipPence)}</p>
      <p className="text-lg text-ink-muted">
        {checkout.venue.name} · order #{checkout.bill.orderNumber}
      </p>
      {checkout.receiptUrl ? (
        <a
          href={checkout.receiptUrl}
          className="inline-flex min-h-14 w-full items-center justify-center rounded-tile bg-brand px-6 text-lg font-semibold text-ink-inverse active:scale-[0.97]"
        >
          Receipt
        </a>
      ) : null}
    </main>
  );
}

function Closed({ checkout, status }: { checkout: TPublicCheckout; status: 'EXPIRED' | 'CANCELED' }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 bg-surface p-6 text-center text-ink">
      <Clock aria-hidden className="size-16 text-ink-muted" />
      <h1 className="text-3xl font-bold">
        {status === 'EXPIRED' ? 'This link has expired' : 'This payment was called off'}
      </h1>
      <p className="text-lg">
        Nothing was taken. Ask the staff at {checkout.venue.name} for a new QR code
        {status === 'CANCELED' ? ', or pay them another way' : ''}.
      </p>
    </main>
  );
}
