'use client';

import { Elements, ExpressCheckoutElement, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { CreditCard } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { formatPence } from '@/lib/domain/money';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';

type Started = { clientSecret: string; stripe: Stripe };

export type CardPaymentProps = {
  token: string;
  publishableKey: string;
  amountPence: number;
  tipPence: number;
};

/**
 * Apple Pay, Google Pay and card, in Stripe's own fields: card numbers go from the phone to Stripe
 * and never touch our server. Stripe.js loads only when the customer asks for card; if it cannot
 * load (no connection to Stripe) the page says so and pay by bank still works.
 */
export function CardPayment({ token, publishableKey, amountPence, tipPence }: CardPaymentProps) {
  const [started, setStarted] = useState<Started | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attemptKey, setAttemptKey] = useState(() => crypto.randomUUID());

  async function start() {
    setStarting(true);
    setProblem(null);
    try {
      const stripe = await loadStripe(publishableKey).catch(() => null);
      if (!stripe) throw new Error('Card payments could not load just now. Pay by bank, or try again.');
      const { clientSecret } = await callApi('payByCard', {
        params: { token },
        body: { tipPence },
        idempotencyKey: `${attemptKey}-${tipPence}`,
      });
      setStarted({ clientSecret, stripe });
    } catch (error) {
      setProblem(error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong.');
    } finally {
      setStarting(false);
    }
  }

  if (!started) {
    return (
      <div className="flex flex-col gap-2">
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        <Button variant="secondary" size="lg" className="w-full" busy={starting} onClick={() => void start()}>
          <CreditCard aria-hidden className="size-6" /> Apple Pay, Google Pay or card
        </Button>
      </div>
    );
  }
  return (
    <Elements stripe={started.stripe} options={{ clientSecret: started.clientSecret, appearance: { theme: 'stripe' } }}>
      <CardForm
        token={token}
        totalPence={amountPence + tipPence}
        onFailed={(message) => {
          // A declined attempt is closed at Stripe; the next try is a new one.
          setStarted(null);
          setAttemptKey(crypto.randomUUID());
          setProblem(message);
        }}
      />
    </Elements>
  );
}

function CardForm({
  token,
  totalPence,
  onFailed,
}: {
  token: string;
  totalPence: number;
  onFailed: (message: string) => void;
}) {
  const stripe = useStripe();
  const elements = useElements();
  const [paying, setPaying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function confirm() {
    if (!stripe || !elements) return;
    setPaying(true);
    setProblem(null);
    const submitted = await elements.submit();
    if (submitted.error) {
      setProblem(submitted.error.message ?? 'Check the card details.');
      setPaying(false);
      return;
    }
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/pay/${token}?from=card` },
      redirect: 'if_required',
    });
    if (result.error) {
      setPaying(false);
      onFailed(`${result.error.message ?? 'The payment did not go through.'} Nothing was taken.`);
      return;
    }
    // Stripe has it; the page turns to "Paid" when Stripe's webhook reaches the café.
    setConfirming(true);
  }

  if (confirming) return <Notice tone="info">Confirming your payment…</Notice>;
  return (
    <div className="flex flex-col gap-3">
      <ExpressCheckoutElement onConfirm={() => void confirm()} />
      <PaymentElement options={{ layout: 'tabs' }} />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button size="xl" className="w-full" busy={paying} disabled={!stripe} onClick={() => void confirm()}>
        Pay {formatPence(totalPence)} by card
      </Button>
    </div>
  );
}
