import type Stripe from 'stripe';
import { plainRoute } from '@/lib/server/http/plain-route';
import { readLimitedBody } from '@/lib/server/http/read-limited-body';
import { getLogger } from '@/lib/server/logger';
import { getStripeSettings } from '@/lib/server/payments/providers/stripe';
import { handleChargeRefunded } from '@/lib/server/payments/handle-stripe-charge-refunded';
import { handlePaymentIntent } from '@/lib/server/payments/handle-stripe-payment-intent';

/** Signatures older than this are refused (Stripe's own default tolerance). */
const TOLERANCE_SECONDS = 300;
/** Stripe's events are a few KB; anything over this is refused (413) before more is read. */
const MAX_BODY_BYTES = 64 * 1024;

const relevantEvents = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'charge.refunded',
]);

const answer = (status: number, body: unknown) => Response.json(body, { status });
const refuse = (message: string) => answer(400, { error: { code: 'BAD_REQUEST', message } });

// POST /api/webhooks/stripe – Stripe reports a PaymentIntent or a refund. The signature is checked
// on the raw body (never a re-serialised one) before anything in it is believed; a bad one is a 400
// and changes nothing. Events we do not use, and ones about payments we do not know, get a 200.
export const POST = plainRoute(async ({ db, request, now }) => {
  const settings = getStripeSettings();
  // Without a signing secret no delivery can be verified, so every one is refused.
  if (!settings?.webhookSecret) return refuse('Stripe webhooks are not set up here');
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  let event: Stripe.Event;
  try {
    event = settings.stripe.webhooks.constructEvent(
      body,
      request.headers.get('stripe-signature') ?? '',
      settings.webhookSecret,
      TOLERANCE_SECONDS,
    );
  } catch (error) {
    getLogger().warn({ err: error }, 'stripe webhook with a bad signature refused');
    return refuse('Bad signature');
  }
  if (!relevantEvents.has(event.type)) return answer(200, { received: true, result: 'ignored' });
  switch (event.type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled':
      return answer(200, { received: true, result: await handlePaymentIntent(db, settings, event, now) });
    case 'charge.refunded':
      return answer(200, { received: true, result: await handleChargeRefunded(db, event, now) });
    default:
      return answer(200, { received: true, result: 'ignored' });
  }
});
