// Pay by bank through TrueLayer (Payments API v3), against TrueLayer's API faked with msw in the
// shapes its documentation gives: signed requests with idempotency keys, the hosted payment page,
// webhooks verified against TrueLayer's allow-listed keys, status reads and refunds.
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as webhookRoute } from '@/app/api/webhooks/open-banking/route';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { settleRefunds } from '@/lib/server/jobs/settle-refunds';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';
import { getOrder } from '@/lib/server/orders/order-dto';
import { type ApiBody, dataOf, testApi } from '../api-client';
import { orderWithCheckout } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { BASE_URL, sessionCookie } from '../http';
import { createTrueLayerApi, merchantSigningKey } from '../fakes/truelayer-api';
import { setTestEnv, unsetTestEnv } from '../test-env';

const signingKey = merchantSigningKey();
const ENV = {
  OPEN_BANKING_PROVIDER: 'truelayer',
  TRUELAYER_ENVIRONMENT: 'sandbox',
  TRUELAYER_CLIENT_ID: 'fynlo-test-client',
  TRUELAYER_CLIENT_SECRET: 'fynlo-test-secret',
  TRUELAYER_SIGNING_KEY_ID: signingKey.kid,
  TRUELAYER_SIGNING_PRIVATE_KEY: signingKey.privatePem,
  TRUELAYER_MERCHANT_ACCOUNT_ID: 'merchant-account-gbp',
};
const WEBHOOK_PATH = '/api/webhooks/open-banking';

let tl = createTrueLayerApi(signingKey.publicPem);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  tl = createTrueLayerApi(signingKey.publicPem);
  server.resetHandlers(...tl.handlers);
  // A fresh key id per test: the provider (and its JWKS cache) is made anew for each configuration.
  setTestEnv({ ...ENV, TRUELAYER_CLIENT_ID: `fynlo-test-${randomUUID()}` });
  resetEnvForTests();
});
afterEach(() => {
  unsetTestEnv(Object.keys(ENV));
  resetEnvForTests();
});
afterAll(() => server.close());

/** The customer's phone (no session) starts paying by bank. */
const payByBank = (token: string, body: ApiBody<'payByBank'>) =>
  testApi().request('payByBank', { params: { token }, body });

async function customerStarts(tipPence = 0) {
  const { order, checkout } = await orderWithCheckout();
  const started = await payByBank(checkout.token, { tipPence });
  return { order, checkout, started };
}

const refundAsManager = async (paymentId: string, body: ApiBody<'refundPayment'>) =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }) }).request(
    'refundPayment',
    { params: { id: paymentId }, body, idempotencyKey: randomUUID() },
  );

const deliver = ({ body, headers }: { body: string; headers: Record<string, string> }) =>
  webhookRoute(new Request(`${BASE_URL}${WEBHOOK_PATH}`, { method: 'POST', headers, body }));

const executed = (paymentId: string) => ({
  type: 'payment_executed',
  event_version: 1,
  event_id: randomUUID(),
  payment_id: paymentId,
  payment_method: { type: 'bank_transfer' },
  executed_at: new Date().toISOString(),
});

const orderNow = (orderId: string) => getOrder(getDb(), demo.locationId, orderId);

describe('pay by bank through TrueLayer', () => {
  it('creates a signed payment with our attempt as Idempotency-Key and sends the customer to the hosted page', async () => {
    const { order, checkout, started } = await customerStarts(20);
    expect(started.status).toBe(201);
    const [create] = tl.calls;
    expect(create).toMatchObject({ path: '/v3/payments', signed: true });
    const payment = (await orderNow(order.id)).payments[0]!;
    expect(create!.idempotencyKey).toBe(payment.id);
    expect(create!.body).toMatchObject({
      amount_in_minor: order.totals.totalPence + 20,
      currency: 'GBP',
      payment_method: {
        type: 'bank_transfer',
        provider_selection: { type: 'user_selected' },
        beneficiary: { type: 'merchant_account', merchant_account_id: 'merchant-account-gbp' },
      },
    });
    const redirect = new URL(dataOf(started).redirectUrl);
    expect(redirect.origin).toBe('https://payment.truelayer-sandbox.com');
    const fragment = new URLSearchParams(redirect.hash.slice(1));
    const tlPaymentId = [...tl.payments.keys()][0]!;
    expect(fragment.get('payment_id')).toBe(tlPaymentId);
    expect(fragment.get('resource_token')).toBe(`rt-${tlPaymentId}`);
    expect(fragment.get('return_uri')).toBe(`${BASE_URL}/pay/${checkout.token}?from=bank`);
    expect(payment).toMatchObject({ status: 'PENDING', method: 'OPEN_BANKING' });
  });

  it('a verified payment_executed pays the bill, once however often it arrives', async () => {
    const { order } = await customerStarts();
    const tlPaymentId = [...tl.payments.keys()][0]!;
    const signed = tl.webhook(WEBHOOK_PATH, executed(tlPaymentId));
    const results = await Promise.all(Array.from({ length: 5 }, () => deliver(signed).then((r) => r.json())));
    expect(results.map((r: { result: string }) => r.result).sort()).toEqual([
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0 } });
    expect(tl.jwksFetches).toHaveLength(1); // TrueLayer's keys are cached
  });

  it('refuses forgeries with 400 and changes nothing: unknown key, tampered body, keys from elsewhere, stale', async () => {
    const { order } = await customerStarts();
    const tlPaymentId = [...tl.payments.keys()][0]!;
    const event = executed(tlPaymentId);
    const good = tl.webhook(WEBHOOK_PATH, event);
    const refusals = [
      await deliver({ body: good.body, headers: { 'content-type': 'application/json' } }),
      await deliver(tl.webhook(WEBHOOK_PATH, event, { kid: 'a-key-truelayer-never-published' })),
      await deliver(tl.webhook(WEBHOOK_PATH, event, { key: tl.strangerKey() })),
      await deliver({ ...good, body: good.body.replace('payment_executed', 'payment_settled') }),
      await deliver(tl.webhook(WEBHOOK_PATH, event, { jku: 'https://webhooks.truelayer.example/.well-known/jwks' })),
      await deliver(tl.webhook(WEBHOOK_PATH, event, { timestamp: new Date(Date.now() - 301_000).toISOString() })),
      await deliver(tl.webhook('/some/other/path', event)),
    ];
    expect(refusals.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400, 400]);
    expect(tl.jwksFetches.every((url) => url === 'https://webhooks.truelayer-sandbox.com/.well-known/jwks')).toBe(true);
    expect((await orderNow(order.id)).payments.map((p) => p.status)).toEqual(['PENDING']);
  });

  it('a lost webhook: the status read settles the bill', async () => {
    const { order } = await customerStarts();
    tl.execute([...tl.payments.keys()][0]!);
    await sweepPayments(getDb(), new Date(Date.now() + 60_000));
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0 } });
  });

  it('TrueLayer down on create: 502, the attempt fails and nothing is owed; the retry works', async () => {
    tl.failNextCreates(1);
    const { order, checkout, started } = await customerStarts();
    expect(started.status).toBe(502);
    expect((await orderNow(order.id)).payments.map((p) => p.status)).toEqual(['FAILED']);
    const again = await payByBank(checkout.token, {});
    expect(again.status).toBe(201);
  });

  it('refunds through TrueLayer, signed, keyed by our refund', async () => {
    const { order } = await customerStarts();
    const tlPaymentId = [...tl.payments.keys()][0]!;
    await deliver(tl.webhook(WEBHOOK_PATH, executed(tlPaymentId)));
    const payment = (await orderNow(order.id)).payments[0]!;
    const refunded = await refundAsManager(payment.id, { amountPence: 50, reason: 'Wrong crisps' });
    expect(refunded.status).toBe(201);
    const refundId = dataOf(refunded).refund.id;
    const refundCall = tl.calls.find((c) => c.path.endsWith('/refunds'))!;
    expect(refundCall).toMatchObject({ signed: true, idempotencyKey: refundId, body: { amount_in_minor: 50 } });
    expect(refundCall.path).toBe(`/v3/payments/${tlPaymentId}/refunds`);

    // Pending until TrueLayer says it was paid out: the worker reads the refund's status.
    expect(await settleRefunds(getDb(), new Date())).toMatchObject({ settled: 0 });
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: refundId } })).status).toBe('PENDING');
    [...tl.refunds.values()][0]!.status = 'executed';
    expect(await settleRefunds(getDb(), new Date())).toMatchObject({ settled: 1 });
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: refundId } })).status).toBe('SUCCEEDED');
  });

  it('a refund TrueLayer refuses later turns FAILED and no longer counts as refunded', async () => {
    const { order } = await customerStarts();
    const tlPaymentId = [...tl.payments.keys()][0]!;
    await deliver(tl.webhook(WEBHOOK_PATH, executed(tlPaymentId)));
    const payment = (await orderNow(order.id)).payments[0]!;
    const refunded = await refundAsManager(payment.id, { amountPence: 80, reason: 'Wrong crisps' });
    expect(refunded.status).toBe(201);
    expect((await orderNow(order.id)).totals.refundedPence).toBe(80);
    [...tl.refunds.values()][0]!.status = 'failed';
    expect(await settleRefunds(getDb(), new Date())).toMatchObject({ settled: 1 });
    const after = await orderNow(order.id);
    expect(after.totals.refundedPence).toBe(0);
    expect(after.payments[0]!.refunds[0]!.status).toBe('FAILED');
  });
});
