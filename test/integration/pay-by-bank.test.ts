// Pay by bank through the sandbox bank: only a verified provider report records money; repeated,
// out-of-order, forged and late webhooks change nothing twice and lose nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST as webhookRoute } from '@/app/api/webhooks/open-banking/route';
import { getDb } from '@/lib/db';
import { getOrder } from '@/lib/server/orders/order-dto';
import { SANDBOX_SIGNATURE_HEADER, signSandboxWebhook } from '@/lib/server/payments/providers/sandbox-bank';
import { type ApiBody, dataOf, testApi } from '../api-client';
import { orderWithCheckout } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { BASE_URL } from '../http';
import { TEST_AUTH_SECRET } from '../test-env';

/** The customer's phone (no session) starts paying by bank. */
const payByBank = (token: string, body: ApiBody<'payByBank'>) =>
  testApi().request('payByBank', { params: { token }, body });

async function checkoutAtBank(tipPence = 0) {
  const { order, checkout } = await orderWithCheckout();
  const started = await payByBank(checkout.token, { bankId: 'sandbox-bank', tipPence });
  expect(started.status).toBe(201);
  const { redirectUrl } = dataOf(started);
  const paymentId = /\/sandbox-bank\/([\w-]+)/.exec(redirectUrl)![1]!;
  return { order, checkout, paymentId };
}

function deliver(body: object, header?: string | null) {
  const raw = JSON.stringify(body);
  const signature = header === undefined ? signSandboxWebhook(raw, TEST_AUTH_SECRET) : header;
  return webhookRoute(
    new Request(`${BASE_URL}/api/webhooks/open-banking`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { [SANDBOX_SIGNATURE_HEADER]: signature } : {}) },
      body: raw,
    }),
  );
}

const executed = (paymentId: string, id = randomUUID()) => ({ id, type: 'payment_executed', payment_id: paymentId });
const failed = (paymentId: string, id = randomUUID()) => ({ id, type: 'payment_failed', payment_id: paymentId });
const publicStatus = async (token: string) => (await testApi().call('publicCheckout', { params: { token } })).checkout;

describe('pay by bank (sandbox)', () => {
  it('starting sends the customer to the bank and pays nothing; only the verified webhook pays the bill', async () => {
    const { order, checkout, paymentId } = await checkoutAtBank(30);
    expect((await publicStatus(checkout.token)).status).toBe('AT_BANK');
    const pending = await getOrder(getDb(), demo.locationId, order.id);
    expect(pending.totals.duePence).toBe(order.totals.totalPence);
    expect(pending.payments).toMatchObject([{ method: 'OPEN_BANKING', status: 'PENDING', tipPence: 30 }]);

    const response = await deliver(executed(paymentId));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: 'applied' });
    const paid = await getOrder(getDb(), demo.locationId, order.id);
    expect(paid).toMatchObject({ status: 'CLOSED', totals: { duePence: 0, tipPence: 30 } });
    const shown = await publicStatus(checkout.token);
    expect(shown.status).toBe('PAID');
    expect(shown.receiptUrl).toBe(`/receipt/${paid.receiptToken}`);
  });

  it('five copies of the webhook at once, and a late failure after success, change nothing twice', async () => {
    const { order, paymentId } = await checkoutAtBank();
    const event = executed(paymentId);
    const results = await Promise.all(Array.from({ length: 5 }, () => deliver(event).then((r) => r.json())));
    expect(results.map((r: { result: string }) => r.result).sort()).toEqual([
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await (await deliver(failed(paymentId))).json()).toMatchObject({ result: 'unchanged' });
    const after = await getOrder(getDb(), demo.locationId, order.id);
    expect(after.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(after.totals.paidPence).toBe(order.totals.totalPence);
    expect(
      await getDb().auditLog.count({ where: { action: 'payment.succeeded', entityType: 'Payment' } }),
    ).toBeGreaterThan(0);
  });

  it('a declined payment leaves the bill due and lets the customer try again', async () => {
    const { order, checkout, paymentId } = await checkoutAtBank();
    expect(await (await deliver(failed(paymentId))).json()).toMatchObject({ result: 'applied' });
    expect((await publicStatus(checkout.token)).status).toBe('FAILED');
    expect((await getOrder(getDb(), demo.locationId, order.id)).totals.duePence).toBe(order.totals.totalPence);
    const again = await payByBank(checkout.token, { bankId: 'another-bank' });
    expect(again.status).toBe(201);
    expect((await publicStatus(checkout.token)).status).toBe('AT_BANK');
  });

  it('a success after the checkout expired is recorded and flagged for refund; it does not pay the bill', async () => {
    const { order, checkout, paymentId } = await checkoutAtBank();
    await getDb().checkoutSession.update({ where: { id: checkout.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await (await deliver(executed(paymentId))).json()).toMatchObject({ result: 'needs_refund_review' });
    const after = await getOrder(getDb(), demo.locationId, order.id);
    expect(after.payments).toMatchObject([{ status: 'SUCCEEDED', needsRefundReview: true }]);
    expect(after.totals.duePence).toBe(order.totals.totalPence);
  });

  it('forged webhooks are 400 and change nothing; an unknown payment is acknowledged', async () => {
    const { order, paymentId } = await checkoutAtBank();
    const event = executed(paymentId);
    const raw = JSON.stringify(event);
    expect((await deliver(event, null)).status).toBe(400);
    expect((await deliver(event, signSandboxWebhook(raw, 'some-other-secret-of-at-least-32-chars'))).status).toBe(400);
    expect(
      (await deliver({ ...event, payment_id: `${paymentId}x` }, signSandboxWebhook(raw, TEST_AUTH_SECRET))).status,
    ).toBe(400);
    expect((await deliver(event, signSandboxWebhook(raw, TEST_AUTH_SECRET, Date.now() - 301_000))).status).toBe(400);
    expect((await getOrder(getDb(), demo.locationId, order.id)).payments[0]!.status).toBe('PENDING');
    const unknown = await deliver(executed(randomUUID()));
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ result: 'unknown_payment' });
  });
});
