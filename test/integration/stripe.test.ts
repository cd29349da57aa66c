// Apple Pay / Google Pay / card through Stripe, against Stripe's HTTP API faked with msw: one
// PaymentIntent per attempt however often Pay is tapped or Stripe fails, only a verified webhook
// (or a status read) records money, and every forged webhook is refused.
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as appleDomainRoute } from '@/app/.well-known/apple-developer-merchantid-domain-association/route';
import { POST as stripeWebhookRoute } from '@/app/api/webhooks/stripe/route';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { openAttempt } from '@/lib/server/checkout/start-attempt';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';
import { getOrder } from '@/lib/server/orders/order-dto';
import { getStripeSettings } from '@/lib/server/payments/providers/stripe';
import { paymentIntentKey } from '@/lib/server/checkout/start-card-payment';
import { dataOf, errorOf, testApi } from '../api-client';
import { orderWithCheckout } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { BASE_URL, sessionCookie } from '../http';
import { createStripeApi, type FakeIntent } from '../fakes/stripe-api';
import { setTestEnv, unsetTestEnv } from '../test-env';

const WEBHOOK_SECRET = 'whsec_test_fynlo_webhooks';
const STRIPE_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_fynlo',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_fynlo',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
};

let api = createStripeApi();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  api = createStripeApi();
  server.resetHandlers(...api.handlers);
  setTestEnv(STRIPE_ENV);
  resetEnvForTests();
});
afterEach(() => {
  unsetTestEnv([...Object.keys(STRIPE_ENV), 'STRIPE_CONNECTED_ACCOUNT_ID']);
  resetEnvForTests();
});
afterAll(() => server.close());

const signer = new Stripe('sk_test_signer_only');

const checkoutFor = (quantity = 2) => orderWithCheckout(quantity);

/** The customer's phone (no session) pays by card. */
const payByCard = (token: string, tipPence = 0) =>
  testApi().request('payByCard', { params: { token }, body: { tipPence } });

let eventCount = 0;
function stripeEvent(type: string, object: object, id = `evt_test_${(eventCount += 1)}`) {
  return { id, object: 'event', type, api_version: '2025-01-01', created: 1, livemode: false, data: { object } };
}

function deliver(payload: string, header: string | null) {
  return stripeWebhookRoute(
    new Request(`${BASE_URL}/api/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header === null ? {} : { 'stripe-signature': header }) },
      body: payload,
    }),
  );
}

function deliverSigned(event: object, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp,
  });
  return deliver(payload, header);
}

const orderNow = (orderId: string) => getOrder(getDb(), demo.locationId, orderId);
const intentsFor = (orderId: string) => [...api.intents.values()].filter((pi) => pi.metadata.orderId === orderId);

describe('card payments through Stripe', () => {
  it('a PaymentIntent in pence, keyed by the attempt, with the order in metadata; only the webhook pays', async () => {
    const { order, checkout } = await checkoutFor();
    const started = await payByCard(checkout.token, 50);
    expect(started.status).toBe(201);
    expect(dataOf(started)).toMatchObject({
      clientSecret: expect.stringMatching(/_secret_/),
      publishableKey: 'pk_test_fynlo',
    });
    const [intent] = intentsFor(order.id) as [FakeIntent];
    expect(intent).toMatchObject({
      amount: order.totals.totalPence + 50,
      currency: 'gbp',
      application_fee_amount: null,
    });
    expect(intent.metadata).toMatchObject({ orderId: order.id, checkoutId: checkout.id });
    expect(api.requests[0]!.idempotencyKey).toBe(paymentIntentKey(intent.metadata.fynloPaymentId!));
    expect((await orderNow(order.id)).totals.duePence).toBe(order.totals.totalPence);

    const paid = await deliverSigned(stripeEvent('payment_intent.succeeded', api.settle(intent.id, 'succeeded')));
    expect(await paid.json()).toEqual({ received: true, result: 'applied' });
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0, tipPence: 50 } });
    // What Stripe charged the venue, from the charge's balance transaction, for the reports.
    const recorded = await getDb().payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(recorded.processorFeePence).toBe(Math.round(intent.amount * 0.015) + 20);
  });

  it('a double-tapped Pay, five taps at once, and a Stripe 500 on create all make one PaymentIntent', async () => {
    const { order, checkout } = await checkoutFor();
    api.failNextCreates(1);
    const taps = await Promise.all(Array.from({ length: 5 }, () => payByCard(checkout.token)));
    expect(taps.map((tap) => tap.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(taps.map((tap) => dataOf(tap).clientSecret)).size).toBe(1);
    expect(intentsFor(order.id)).toHaveLength(1);
    const payments = (await orderNow(order.id)).payments;
    expect(payments).toHaveLength(1);
    const keys = new Set(api.requests.filter((r) => r.path === '/v1/payment_intents').map((r) => r.idempotencyKey));
    expect(keys.size).toBe(1);
  });

  it('the server dies between creating the PaymentIntent and recording it: the retry finds the same one', async () => {
    const { order, checkout } = await checkoutFor();
    const settings = getStripeSettings()!;
    const attempt = await openAttempt(getDb(), {
      token: checkout.token,
      method: 'CARD',
      provider: 'stripe',
      tipPence: 0,
      now: new Date(),
    });
    // What the first request got as far as doing before the process was killed:
    await settings.stripe.paymentIntents.create(
      {
        amount: order.totals.totalPence,
        currency: 'gbp',
        metadata: { fynloPaymentId: attempt.paymentId, orderId: order.id, checkoutId: checkout.id },
      },
      { idempotencyKey: paymentIntentKey(attempt.paymentId) },
    );
    const retried = await payByCard(checkout.token);
    expect(retried.status).toBe(201);
    expect(intentsFor(order.id)).toHaveLength(1);
    const payment = (await getDb().payment.findUniqueOrThrow({ where: { id: attempt.paymentId } }))!;
    expect(payment.providerPaymentId).toBe(intentsFor(order.id)[0]!.id);
  });

  it('an attempt that died before the customer got it, and was never retried, is closed by the sweep', async () => {
    const { checkout } = await checkoutFor();
    const attempt = await openAttempt(getDb(), {
      token: checkout.token,
      method: 'CARD',
      provider: 'stripe',
      tipPence: 0,
      now: new Date(),
    });
    await sweepPayments(getDb(), new Date(Date.now() + 60_000));
    expect((await getDb().payment.findUniqueOrThrow({ where: { id: attempt.paymentId } })).status).toBe('PENDING');
    const swept = await sweepPayments(getDb(), new Date(Date.now() + 6 * 60_000));
    expect(swept.abandoned).toBeGreaterThanOrEqual(1);
    expect(await getDb().payment.findUniqueOrThrow({ where: { id: attempt.paymentId } })).toMatchObject({
      status: 'FAILED',
      failureReason: 'never_started',
    });
    // Through the write path like any change: audited, and the till hears it.
    expect(
      await getDb().auditLog.findFirst({ where: { entityId: attempt.paymentId, action: 'payment.failed' } }),
    ).toMatchObject({ actorUserId: null, after: { status: 'FAILED', reason: 'never_started' } });
    const events = await getDb().outboxEvent.findMany({
      where: { type: 'checkout.updated' },
      orderBy: { seq: 'desc' },
    });
    expect(events.map((event) => event.payload)).toContainEqual(
      expect.objectContaining({ checkoutId: checkout.id, status: 'FAILED' }),
    );
  });

  it('Stripe down on create: 502, the attempt fails, nothing is charged and the customer may try again', async () => {
    const { order, checkout } = await checkoutFor();
    api.failNextCreates(10);
    const down = await payByCard(checkout.token);
    expect(down.status).toBe(502);
    expect(errorOf(down)?.code).toBe('PROVIDER_UNAVAILABLE');
    expect((await orderNow(order.id)).payments.map((p) => p.status)).toEqual(['FAILED']);
    api.failNextCreates(0);
    expect((await payByCard(checkout.token)).status).toBe(201);
  });

  it('duplicate and out-of-order webhooks change nothing twice; a failure after success never undoes it', async () => {
    const { order, checkout } = await checkoutFor();
    await payByCard(checkout.token);
    const [intent] = intentsFor(order.id) as [FakeIntent];
    const succeeded = stripeEvent('payment_intent.succeeded', api.settle(intent.id, 'succeeded'));
    const results = await Promise.all(Array.from({ length: 5 }, () => deliverSigned(succeeded).then((r) => r.json())));
    expect(results.map((r: { result: string }) => r.result).sort()).toEqual([
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    const late = stripeEvent('payment_intent.payment_failed', { ...intent, status: 'requires_payment_method' });
    expect(await (await deliverSigned(late)).json()).toMatchObject({ result: 'unchanged' });
    const cancelled = stripeEvent('payment_intent.canceled', { ...intent, status: 'canceled' });
    expect(await (await deliverSigned(cancelled)).json()).toMatchObject({ result: 'unchanged' });
    const after = await orderNow(order.id);
    expect(after.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(after.totals.paidPence).toBe(order.totals.totalPence);
  });

  it('a declined card leaves the bill due; the next try is a new PaymentIntent', async () => {
    const { order, checkout } = await checkoutFor();
    await payByCard(checkout.token);
    const [first] = intentsFor(order.id) as [FakeIntent];
    await deliverSigned(stripeEvent('payment_intent.payment_failed', { ...first, status: 'requires_payment_method' }));
    expect((await orderNow(order.id)).totals.duePence).toBe(order.totals.totalPence);
    expect((await getDb().checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe('FAILED');
    await payByCard(checkout.token);
    expect(intentsFor(order.id)).toHaveLength(2);
  });

  it('refuses forged webhooks with 400 and changes nothing', async () => {
    const { order, checkout } = await checkoutFor();
    await payByCard(checkout.token);
    const [intent] = intentsFor(order.id) as [FakeIntent];
    const event = stripeEvent('payment_intent.succeeded', { ...intent, status: 'succeeded' });
    const payload = JSON.stringify(event);
    const good = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const refusals = [
      await deliver(payload, null),
      await deliverSigned(event, { secret: 'whsec_someone_else' }),
      await deliver(payload.replace(`"amount":${intent.amount}`, `"amount":${intent.amount + 1}`), good),
      await deliverSigned(event, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      // Parsed and re-serialised instead of the raw body: the bytes differ, so the signature does too.
      await deliver(JSON.stringify(JSON.parse(payload), null, 2), good),
      await deliver(payload, 't=1,v1=deadbeef'),
    ];
    expect(refusals.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect((await orderNow(order.id)).payments.map((p) => p.status)).toEqual(['PENDING']);

    // A genuine event about a PaymentIntent that is not ours is acknowledged (and logged).
    const stranger = await deliverSigned(stripeEvent('payment_intent.succeeded', { ...intent, id: 'pi_not_ours' }));
    expect(stranger.status).toBe(200);
    expect(await stranger.json()).toMatchObject({ result: 'unknown_payment' });
    // Events we do not use are acknowledged and ignored.
    expect(await (await deliverSigned(stripeEvent('customer.created', { id: 'cus_1' }))).json()).toMatchObject({
      result: 'ignored',
    });
  });

  it('a lost webhook: the sweep reads the PaymentIntent and records the money', async () => {
    const { order, checkout } = await checkoutFor();
    await payByCard(checkout.token);
    const [intent] = intentsFor(order.id) as [FakeIntent];
    api.settle(intent.id, 'succeeded');
    await sweepPayments(getDb(), new Date(Date.now() + 60_000));
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0 } });
  });

  it('refunds through Stripe with the refund as idempotency key; charge.refunded confirms it', async () => {
    const { order, checkout } = await checkoutFor();
    await payByCard(checkout.token);
    const [intent] = intentsFor(order.id) as [FakeIntent];
    await deliverSigned(stripeEvent('payment_intent.succeeded', api.settle(intent.id, 'succeeded')));
    const payment = (await orderNow(order.id)).payments[0]!;
    const manager = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
    const refunded = await testApi({ cookie: manager }).request('refundPayment', {
      params: { id: payment.id },
      body: { amountPence: 100, reason: 'Cold chips' },
      idempotencyKey: randomUUID(),
    });
    expect(refunded.status).toBe(201);
    const { refund } = dataOf(refunded);
    expect(refund.status).toBe('PENDING');
    const call0 = api.requests.find((r) => r.path === '/v1/refunds')!;
    expect(call0.form.get('payment_intent')).toBe(intent.id);
    expect(call0.form.get('amount')).toBe('100');
    expect(call0.idempotencyKey).toBe(`fynlo-refund-${refund.id}`);

    const charge = { id: 'ch_1', object: 'charge', payment_intent: intent.id, amount_refunded: 100 };
    expect(await (await deliverSigned(stripeEvent('charge.refunded', charge))).json()).toMatchObject({
      result: 'applied',
    });
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('SUCCEEDED');
    // 50p more refunded in Stripe's dashboard: recorded too, so the books match.
    await deliverSigned(stripeEvent('charge.refunded', { ...charge, amount_refunded: 150 }));
    expect((await orderNow(order.id)).totals.refundedPence).toBe(150);
  });

  it('with a connected account the platform fee (1 %) goes as application_fee_amount and is recorded', async () => {
    setTestEnv({ STRIPE_CONNECTED_ACCOUNT_ID: 'acct_test_cafe' });
    resetEnvForTests();
    const { order, checkout } = await checkoutFor(10);
    await payByCard(checkout.token);
    const [intent] = intentsFor(order.id) as [FakeIntent];
    const fee = Math.floor((2 * order.totals.totalPence * 100 + 10_000) / 20_000);
    expect(intent).toMatchObject({ application_fee_amount: fee, transfer_data: { destination: 'acct_test_cafe' } });
    expect((await getDb().payment.findFirstOrThrow({ where: { providerPaymentId: intent.id } })).platformFeePence).toBe(
      fee,
    );
  });

  it('without Stripe keys, card is refused with a clear reason and every webhook is refused', async () => {
    unsetTestEnv(Object.keys(STRIPE_ENV));
    resetEnvForTests();
    const { checkout } = await checkoutFor();
    const refused = await payByCard(checkout.token);
    expect(refused.status).toBe(409);
    expect(errorOf(refused)?.details).toMatchObject({ reason: 'CARDS_NOT_SET_UP' });
    expect((await deliver('{}', null)).status).toBe(400);
  });
});

describe('Apple Pay domain association', () => {
  it('is served when configured, 404 otherwise', async () => {
    expect((await appleDomainRoute()).status).toBe(404);
    setTestEnv({ APPLE_PAY_DOMAIN_ASSOCIATION: '7B227073704964223A2241' });
    resetEnvForTests();
    const served = await appleDomainRoute();
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('7B227073704964223A2241');
    unsetTestEnv(['APPLE_PAY_DOMAIN_ASSOCIATION']);
  });
});
