// Card payments when things go wrong, many times over with a seeded random schedule against
// Stripe's API faked with msw: double taps, Stripe 500s on create, declines then successes, lost
// and repeated (5 at once) and out-of-order webhooks, expiry, cash taken instead. After every
// schedule our books must match Stripe's: every succeeded PaymentIntent recorded once, and none
// counted that Stripe did not take; one PaymentIntent per attempt; the bill never overpaid.
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as stripeWebhookRoute } from '@/app/api/webhooks/stripe/route';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';
import { getOrder } from '@/lib/server/orders/order-dto';
import { dataOf, testApi } from '../api-client';
import { orderWithCheckout, payRestInCash } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { createStripeApi, type FakeIntent } from '../fakes/stripe-api';
import { BASE_URL } from '../http';
import { seeded } from '../seeded';
import { setTestEnv, unsetTestEnv } from '../test-env';

const ITERATIONS = 30;
const WEBHOOK_SECRET = 'whsec_card_failures';
const ENV = {
  STRIPE_SECRET_KEY: 'sk_test_card_failures',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_card_failures',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
};

const stripeApi = createStripeApi();
const server = setupServer(...stripeApi.handlers);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  setTestEnv(ENV);
  resetEnvForTests();
});
afterAll(() => {
  server.close();
  unsetTestEnv(Object.keys(ENV));
  resetEnvForTests();
});

const signer = new Stripe('sk_test_signer_only');

function webhook(type: string, intent: FakeIntent) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID()}`,
    object: 'event',
    type,
    api_version: '2025-01-01',
    created: 1,
    livemode: false,
    data: { object: { ...intent } },
  });
  const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return () =>
    stripeWebhookRoute(
      new Request(`${BASE_URL}/api/webhooks/stripe`, {
        method: 'POST',
        headers: { 'stripe-signature': header },
        body: payload,
      }),
    );
}

type Step = 'tap' | 'double-tap' | 'stripe-500' | 'succeed' | 'decline' | 'succeed-lost' | 'replay' | 'expire' | 'cash';

describe('card payment failure cases, seeded', () => {
  it(`${ITERATIONS} random schedules keep the books equal to Stripe's`, async () => {
    for (let seed = 1; seed <= ITERATIONS; seed += 1) {
      const random = seeded(1000 + seed);
      const { order, checkout, cookie } = await orderWithCheckout(1 + Math.floor(random.next() * 4));
      const sent: (() => Promise<Response>)[] = [];
      let now = new Date();
      const tap = () => testApi().request('payByCard', { params: { token: checkout.token }, body: { tipPence: 0 } });
      const openIntent = () =>
        [...stripeApi.intents.values()].find(
          (intent) => intent.metadata.checkoutId === checkout.id && intent.status === 'requires_payment_method',
        );

      for (let step = 0; step < 7; step += 1) {
        const action = random.pick<Step>([
          'tap',
          'double-tap',
          'stripe-500',
          'succeed',
          'decline',
          'succeed-lost',
          'replay',
          'expire',
          'cash',
        ]);
        const context = `seed ${seed}, step ${step}: ${action}`;
        if (action === 'tap') await tap();
        else if (action === 'double-tap') {
          const before = stripeApi.intents.size;
          const answers = await Promise.all([tap(), tap()]);
          if (answers.every((answer) => answer.status === 201)) {
            expect(new Set(answers.map((a) => dataOf(a).clientSecret)).size, context).toBe(1);
          }
          expect(stripeApi.intents.size - before, context).toBeLessThanOrEqual(1);
        } else if (action === 'stripe-500') {
          stripeApi.failNextCreates(1);
          await tap();
          stripeApi.failNextCreates(0);
        } else if (action === 'succeed' || action === 'succeed-lost' || action === 'decline') {
          const intent = openIntent();
          if (!intent) continue;
          if (action === 'decline') {
            const deliver = webhook('payment_intent.payment_failed', intent);
            sent.push(deliver);
            await deliver();
          } else {
            const paid = stripeApi.settle(intent.id, 'succeeded');
            if (action === 'succeed') {
              const deliver = webhook('payment_intent.succeeded', paid);
              sent.push(deliver);
              const results = await Promise.all(Array.from({ length: 5 }, () => deliver().then((r) => r.json())));
              expect(
                results.filter((r: { result: string }) => r.result !== 'duplicate'),
                context,
              ).toHaveLength(1);
            }
          }
        } else if (action === 'replay' && sent.length) {
          await random.pick(sent)();
        } else if (action === 'expire') {
          now = new Date(Math.max(now.getTime(), Date.now()) + 16 * 60_000);
          await sweepPayments(getDb(), now, 0);
        } else if (action === 'cash') {
          await payRestInCash(order.id, cookie);
        }
      }
      // Lost webhooks are found by the sweep, from Stripe's own status.
      await sweepPayments(getDb(), new Date(Math.max(now.getTime(), Date.now()) + 60_000), 0);
      await checkBooks(order.id, checkout.id, seed);
    }
  }, 240_000);
});

async function checkBooks(orderId: string, checkoutId: string, seed: number) {
  const context = `seed ${seed}`;
  const db = getDb();
  const after = await getOrder(db, demo.locationId, orderId);
  const payments = await db.payment.findMany({ where: { orderId } });
  const intents = [...stripeApi.intents.values()].filter((intent) => intent.metadata.checkoutId === checkoutId);
  for (const intent of intents) {
    const ours = payments.filter((payment) => payment.providerPaymentId === intent.id);
    expect(ours, `${context}: one attempt per PaymentIntent`).toHaveLength(1);
    if (intent.status === 'succeeded') expect(ours[0]!.status, `${context}: Stripe took it`).toBe('SUCCEEDED');
    else expect(ours[0]!.status, `${context}: Stripe did not take it`).not.toBe('SUCCEEDED');
  }
  const counted = payments.filter((payment) => payment.status === 'SUCCEEDED' && !payment.needsRefundReview);
  const countedPence = counted.reduce((sum, payment) => sum + payment.amountPence, 0);
  expect(after.totals.paidPence, context).toBe(countedPence);
  expect(countedPence, `${context}: never paid for more than the bill`).toBeLessThanOrEqual(after.totals.totalPence);
  const checkout = await db.checkoutSession.findUniqueOrThrow({ where: { id: checkoutId } });
  expect(checkout.status === 'PAID', `${context}: checkout PAID iff its money counted`).toBe(
    counted.some((payment) => payment.checkoutId === checkoutId && payment.method !== 'CASH'),
  );
}
