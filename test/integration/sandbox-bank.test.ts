// The built-in test bank end to end: the customer approves or declines on its page, the bank tells
// the café by a signed webhook over real HTTP, and the bill follows only that (or a status read).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as webhookRoute } from '@/app/api/webhooks/open-banking/route';
import { POST as decideRoute } from '@/app/sandbox-bank/[id]/decide/route';
import { getDb } from '@/lib/db';
import { reconcileCheckout } from '@/lib/server/checkout/reconcile-checkout';
import { settleRefunds, UNSENT_REFUND_AFTER_MS } from '@/lib/server/jobs/settle-refunds';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';
import { getOrder } from '@/lib/server/orders/order-dto';
import { dataOf, testApi } from '../api-client';
import { orderWithCheckout } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { serveRoutes } from '../serve';

let cafe: Awaited<ReturnType<typeof serveRoutes>>;
beforeAll(async () => {
  cafe = await serveRoutes({ '/api/webhooks/open-banking': webhookRoute });
});
afterAll(() => cafe.close());

/** The customer's phone, which reached the café at `origin`, starts paying by bank. */
async function customerAtBank(origin: string) {
  const { order, checkout } = await orderWithCheckout(3);
  const started = await testApi().request('payByBank', {
    params: { token: checkout.token },
    body: { tipPence: 0 },
    headers: { host: new URL(origin).host },
  });
  expect(started.status).toBe(201);
  const { redirectUrl } = dataOf(started);
  const bankPaymentId = /^\/sandbox-bank\/([\w-]+)$/.exec(redirectUrl)![1]!;
  return { order, checkout, bankPaymentId };
}

const decide = (origin: string, bankPaymentId: string, form: Record<string, string>) =>
  decideRoute(
    new Request(`${origin}/sandbox-bank/${bankPaymentId}/decide`, { method: 'POST', body: new URLSearchParams(form) }),
    { params: Promise.resolve({ id: bankPaymentId }) },
  );

const orderNow = (orderId: string) => getOrder(getDb(), demo.locationId, orderId);

describe('the test bank', () => {
  it('approve: the webhook arrives over HTTP, the bill is paid, the customer is sent back to their page', async () => {
    const { order, checkout, bankPaymentId } = await customerAtBank(cafe.origin);
    expect((await getDb().sandboxBankPayment.findUniqueOrThrow({ where: { id: bankPaymentId } })).amountPence).toBe(
      order.totals.totalPence,
    );
    const response = await decide(cafe.origin, bankPaymentId, { decision: 'approve', bank: 'test-bank' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${cafe.origin}/pay/${checkout.token}?from=bank`);
    expect(cafe.hits).toContain('/api/webhooks/open-banking');
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0 } });
    expect((await getDb().checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe('PAID');

    // Pressing Approve again (back button, double tap) sends nothing more and changes nothing.
    const hits = cafe.hits.length;
    expect((await decide(cafe.origin, bankPaymentId, { decision: 'decline' })).status).toBe(303);
    expect(cafe.hits.length).toBe(hits);
    expect((await orderNow(order.id)).payments.map((payment) => payment.status)).toEqual(['SUCCEEDED']);
  });

  it('decline: the bill stays due and the checkout is FAILED, ready for another way', async () => {
    const { order, checkout, bankPaymentId } = await customerAtBank(cafe.origin);
    await decide(cafe.origin, bankPaymentId, { decision: 'decline', bank: 'test-bank' });
    const after = await orderNow(order.id);
    expect(after.totals.duePence).toBe(order.totals.totalPence);
    expect(after.payments.map((payment) => payment.status)).toEqual(['FAILED']);
    expect((await getDb().checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe('FAILED');
  });

  it('a webhook that never arrives: the status read when the customer returns settles the bill', async () => {
    const nowhere = await serveRoutes({});
    const { order, checkout, bankPaymentId } = await customerAtBank(nowhere.origin);
    await decide(nowhere.origin, bankPaymentId, { decision: 'approve', bank: 'test-bank' });
    expect(nowhere.hits.filter((path) => path === '/api/webhooks/open-banking').length).toBe(1);
    await nowhere.close();
    expect((await orderNow(order.id)).totals.duePence).toBe(order.totals.totalPence);
    expect(await reconcileCheckout(getDb(), checkout.token, new Date())).toBe(1);
    expect(await orderNow(order.id)).toMatchObject({ status: 'CLOSED', totals: { duePence: 0 } });
    expect(await reconcileCheckout(getDb(), checkout.token, new Date())).toBe(0);
  });

  it('the sweep expires an unpaid checkout and cancels its payment at the bank; approving after that pays nothing', async () => {
    const { order, checkout, bankPaymentId } = await customerAtBank(cafe.origin);
    const later = new Date(Date.now() + 16 * 60_000);
    const swept = await sweepPayments(getDb(), later);
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect((await getDb().checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe('EXPIRED');
    expect((await getDb().sandboxBankPayment.findUniqueOrThrow({ where: { id: bankPaymentId } })).status).toBe(
      'canceled',
    );
    expect((await orderNow(order.id)).payments.map((payment) => payment.status)).toEqual(['CANCELED']);
    const events = await getDb().outboxEvent.findMany({ where: { type: 'checkout.updated' } });
    expect(
      events.some(
        (event) =>
          JSON.stringify(event.payload).includes(`"${checkout.token}"`) &&
          JSON.stringify(event.payload).includes('EXPIRED'),
      ),
    ).toBe(true);
    // Approving at the bank after that is refused by the bank: the payment was called off.
    await decide(cafe.origin, bankPaymentId, { decision: 'approve' });
    expect((await orderNow(order.id)).totals.paidPence).toBe(0);
  });

  it('money that arrives after the till took cash is kept, flagged, listed for the office, and refunded', async () => {
    const { order, bankPaymentId } = await customerAtBank(cafe.origin);
    const manager = testApi({
      cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }),
    });
    await manager.request('takePayment', {
      params: { id: order.id },
      body: { method: 'CASH', amountPence: order.totals.totalPence },
      idempotencyKey: randomUUID(),
    });
    await decide(cafe.origin, bankPaymentId, { decision: 'approve', bank: 'test-bank' });
    const after = await orderNow(order.id);
    expect(after.totals.paidPence).toBe(order.totals.totalPence);
    const late = after.payments.find((payment) => payment.method === 'OPEN_BANKING')!;
    expect(late).toMatchObject({ status: 'SUCCEEDED', needsRefundReview: true });

    const review = async () => (await manager.call('listRefundReview', {})).payments;
    expect(await review()).toContainEqual(
      expect.objectContaining({ payment: expect.objectContaining({ id: late.id }), orderNumber: order.number }),
    );
    const refunded = await manager.request('refundPayment', {
      params: { id: late.id },
      body: { amountPence: late.refundablePence, reason: 'Paid twice: cash and bank' },
      idempotencyKey: randomUUID(),
    });
    expect(refunded.status).toBe(201);
    expect((await getDb().sandboxBankPayment.findUniqueOrThrow({ where: { id: bankPaymentId } })).refundedPence).toBe(
      late.refundablePence,
    );
    expect((await review()).map((item) => item.payment.id)).not.toContain(late.id);

    // The test bank pays the refund out; the worker's next run reads that and says so to every screen.
    const { refund } = dataOf(refunded);
    expect(refund.status).toBe('PENDING');
    const refundId = refund.id;
    expect(await settleRefunds(getDb(), new Date())).toMatchObject({ settled: 1 });
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: refundId } })).status).toBe('SUCCEEDED');
    expect(await getDb().auditLog.count({ where: { entityId: refundId, action: 'refund.succeeded' } })).toBe(1);
    const paidOut = await getDb().outboxEvent.findFirst({ where: { type: 'order.updated' }, orderBy: { seq: 'desc' } });
    expect(paidOut?.payload).toMatchObject({ orderId: order.id, action: 'order.refund_paid' });
    expect(await settleRefunds(getDb(), new Date())).toMatchObject({ settled: 0 });
  });

  it('a bank refund recorded but never handed to the bank (a crash between the two) is sent by the worker, once', async () => {
    const { order, bankPaymentId } = await customerAtBank(cafe.origin);
    await decide(cafe.origin, bankPaymentId, { decision: 'approve', bank: 'test-bank' });
    const paid = (await orderNow(order.id)).payments[0]!;
    // What the refund request's first transaction leaves when the server dies right after it.
    const refund = await getDb().refund.create({
      data: {
        locationId: demo.locationId,
        paymentId: paid.id,
        amountPence: 100,
        reason: 'Crisps were stale',
        status: 'PENDING',
        createdById: demo.users.manager,
        createdAt: new Date(),
      },
    });
    expect(await settleRefunds(getDb(), new Date())).toEqual({ sent: 0, settled: 0 }); // maybe still in flight
    const later = new Date(Date.now() + UNSENT_REFUND_AFTER_MS + 1_000);
    expect(await settleRefunds(getDb(), later)).toEqual({ sent: 1, settled: 1 });
    expect(await settleRefunds(getDb(), later)).toEqual({ sent: 0, settled: 0 });
    const bank = await getDb().sandboxBankPayment.findUniqueOrThrow({
      where: { id: bankPaymentId },
      include: { refunds: true },
    });
    expect(bank.refundedPence).toBe(100);
    expect(bank.refunds.map((made) => made.idempotencyKey)).toEqual([refund.id]);
    expect(await getDb().refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({
      status: 'SUCCEEDED',
      providerRefundId: bank.refunds[0]!.id,
    });
  });

  it('refuses a bad form and an unknown payment', async () => {
    expect((await decide(cafe.origin, randomUUID(), { decision: 'approve' })).status).toBe(404);
    expect((await decide(cafe.origin, 'nope', { decision: 'approve' })).status).toBe(404);
    const { bankPaymentId } = await customerAtBank(cafe.origin);
    expect((await decide(cafe.origin, bankPaymentId, { decision: 'maybe' })).status).toBe(400);
  });
});
