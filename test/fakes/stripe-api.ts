// Stripe's HTTP API as msw handlers (there is no stripe-mock offline): PaymentIntents and refunds
// with Stripe's idempotency (the same key returns the same object), in the shapes Stripe documents.
import { randomUUID } from 'node:crypto';
import { http, type JsonBodyType, HttpResponse } from 'msw';

export type FakeIntent = {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
};

export function createStripeApi() {
  const intents = new Map<string, FakeIntent>();
  const byKey = new Map<string, unknown>();
  const refunds = new Map<string, { id: string; status: string }>();
  const requests: { path: string; idempotencyKey: string | null; form: URLSearchParams }[] = [];
  let failNextCreates = 0;
  // Ids unique across test runs: the database outlives one fake.
  const run = randomUUID().slice(0, 8);
  let next = 0;

  const once = (key: string | null, make: () => unknown) => {
    if (!key) return make();
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key);
  };

  const handlers = [
    http.post('https://api.stripe.com/v1/payment_intents', async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const idempotencyKey = request.headers.get('idempotency-key');
      requests.push({ path: '/v1/payment_intents', idempotencyKey, form });
      if (failNextCreates > 0) {
        failNextCreates -= 1;
        return HttpResponse.json(
          { error: { type: 'api_error', message: 'Stripe is having a moment' } },
          { status: 500 },
        );
      }
      const intent = once(idempotencyKey, () => {
        next += 1;
        const id = `pi_test_${run}_${next}`;
        const made: FakeIntent = {
          id,
          object: 'payment_intent',
          amount: Number(form.get('amount')),
          currency: form.get('currency') ?? 'gbp',
          status: 'requires_payment_method',
          client_secret: `${id}_secret_abc`,
          metadata: Object.fromEntries(
            [...form.entries()].filter(([k]) => k.startsWith('metadata[')).map(([k, v]) => [k.slice(9, -1), v]),
          ),
          application_fee_amount: form.has('application_fee_amount')
            ? Number(form.get('application_fee_amount'))
            : null,
          transfer_data: form.has('transfer_data[destination]')
            ? { destination: form.get('transfer_data[destination]')! }
            : null,
        };
        intents.set(id, made);
        return made;
      }) as FakeIntent;
      return HttpResponse.json(intents.get(intent.id));
    }),
    http.get('https://api.stripe.com/v1/payment_intents/:id', ({ params, request }) => {
      const intent = intents.get(String(params.id));
      // A paid intent's charge, with its balance transaction when asked to expand it: Stripe's UK
      // card rate (1.5 % + 20p) as the fee.
      const expand = [...new URL(request.url).searchParams]
        .filter(([key]) => key.startsWith('expand'))
        .map(([, value]) => value);
      const charge =
        intent?.status === 'succeeded'
          ? expand.includes('latest_charge.balance_transaction')
            ? {
                id: `ch_${intent.id}`,
                object: 'charge',
                balance_transaction: { id: `txn_${intent.id}`, fee: Math.round(intent.amount * 0.015) + 20 },
              }
            : `ch_${intent.id}`
          : null;
      return intent
        ? HttpResponse.json({ ...intent, latest_charge: charge })
        : HttpResponse.json(
            { error: { type: 'invalid_request_error', message: 'No such payment_intent' } },
            { status: 404 },
          );
    }),
    http.post('https://api.stripe.com/v1/payment_intents/:id/cancel', ({ params }) => {
      const intent = intents.get(String(params.id));
      if (!intent) return HttpResponse.json({ error: { type: 'invalid_request_error' } }, { status: 404 });
      intent.status = 'canceled';
      return HttpResponse.json(intent);
    }),
    http.post('https://api.stripe.com/v1/refunds', async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const idempotencyKey = request.headers.get('idempotency-key');
      requests.push({ path: '/v1/refunds', idempotencyKey, form });
      const refund = once(idempotencyKey, () => {
        next += 1;
        const made = {
          id: `re_test_${run}_${next}`,
          object: 'refund',
          amount: Number(form.get('amount')),
          payment_intent: form.get('payment_intent'),
          status: 'pending',
        };
        refunds.set(made.id, made);
        return made;
      });
      return HttpResponse.json(refund as JsonBodyType);
    }),
    http.get('https://api.stripe.com/v1/refunds/:id', ({ params }) => {
      const refund = refunds.get(String(params.id));
      return refund
        ? HttpResponse.json(refund as JsonBodyType)
        : HttpResponse.json({ error: { type: 'invalid_request_error', message: 'No such refund' } }, { status: 404 });
    }),
  ];

  return {
    handlers,
    intents,
    refunds,
    requests,
    /** The next `count` creates answer 500 (the SDK retries with the same idempotency key). */
    failNextCreates(count: number) {
      failNextCreates = count;
    },
    /** What the customer's phone does with Stripe.js: the intent is paid (or not). */
    settle(id: string, status: 'succeeded' | 'canceled' | 'requires_payment_method') {
      intents.get(id)!.status = status;
      return intents.get(id)!;
    },
  };
}
