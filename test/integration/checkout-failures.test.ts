// When things go wrong with a QR checkout, run many times over with a seeded random schedule:
// declines, expiry, the till cancelling or taking cash instead, duplicate (5 at once) and
// out-of-order webhooks, lost webhooks settled by the sweep. After every schedule the books must
// agree with the bank: no money counted twice, none lost, and a bill is never paid for more than it is.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as webhookRoute } from '@/app/api/webhooks/open-banking/route';
import { getDb } from '@/lib/db';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';
import { getOrder } from '@/lib/server/orders/order-dto';
import { SANDBOX_SIGNATURE_HEADER, signSandboxWebhook } from '@/lib/server/payments/providers/sandbox-bank';
import { payRestInCash } from '../factories/checkouts';
import { dataOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { seeded } from '../seeded';
import { serveRoutes } from '../serve';
import { TEST_AUTH_SECRET } from '../test-env';

const ITERATIONS = 30;

let cafe: Awaited<ReturnType<typeof serveRoutes>>;
beforeAll(async () => {
  cafe = await serveRoutes({ '/api/webhooks/open-banking': webhookRoute });
});
afterAll(() => cafe.close());

const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });

/** The customer starts paying by bank: the test bank's payment id, or null when refused. */
async function startBank(token: string, tipPence: number) {
  const response = await testApi().request('payByBank', { params: { token }, body: { tipPence } });
  if (response.status !== 201) return null;
  return /\/sandbox-bank\/([\w-]+)/.exec(dataOf(response).redirectUrl)![1]!;
}

/** The bank decides, as its page would, but the webhook is delivered (or not) by the schedule. */
async function bankDecides(bankPaymentId: string, approve: boolean) {
  const decided = await getDb().sandboxBankPayment.updateMany({
    where: { id: bankPaymentId, status: 'pending' },
    data: { status: approve ? 'approved' : 'declined', decidedAt: new Date() },
  });
  return decided.count === 1;
}

function webhook(bankPaymentId: string, approved: boolean, eventId = randomUUID()) {
  const body = JSON.stringify({
    id: eventId,
    type: approved ? 'payment_executed' : 'payment_failed',
    payment_id: bankPaymentId,
  });
  return () =>
    webhookRoute(
      new Request(`${cafe.origin}/api/webhooks/open-banking`, {
        method: 'POST',
        headers: { [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(body, TEST_AUTH_SECRET) },
        body,
      }),
    );
}

type Step = 'approve' | 'decline' | 'approve-lost-webhook' | 'expire' | 'cancel' | 'cash' | 'retry' | 'replay';

describe('QR checkout failure cases, seeded', () => {
  it(`${ITERATIONS} random schedules keep the books equal to the bank's`, async () => {
    for (let seed = 1; seed <= ITERATIONS; seed += 1) {
      const random = seeded(seed);
      const cookie = await cashier();
      const created = await createOrderAs(cookie, {
        type: 'TAKEAWAY',
        lines: [{ itemId: menu.crisps, quantity: 1 + Math.floor(random.next() * 4) }],
      });
      const { order } = dataOf(created);
      const api = testApi({ cookie });
      const { checkout } = await api.call('createCheckout', { params: { id: order.id }, body: {} });
      const sent: (() => Promise<Response>)[] = [];
      let bankPaymentId = await startBank(checkout.token, random.pick([0, 0, 10, 25]));
      let now = new Date();

      for (let step = 0; step < 6 && bankPaymentId; step += 1) {
        const action = random.pick<Step>([
          'approve',
          'decline',
          'approve-lost-webhook',
          'expire',
          'cancel',
          'cash',
          'retry',
          'replay',
        ]);
        const context = `seed ${seed}, step ${step}: ${action}`;
        if (action === 'approve' || action === 'decline') {
          if (await bankDecides(bankPaymentId, action === 'approve')) {
            const deliver = webhook(bankPaymentId, action === 'approve');
            sent.push(deliver);
            // Five copies at once: exactly one is applied.
            const results = await Promise.all(Array.from({ length: 5 }, () => deliver().then((r) => r.json())));
            const applied = results.filter((r: { result: string }) => r.result !== 'duplicate');
            expect(applied, context).toHaveLength(1);
          }
        } else if (action === 'approve-lost-webhook') {
          await bankDecides(bankPaymentId, true);
        } else if (action === 'expire') {
          now = new Date(Math.max(now.getTime(), Date.now()) + 16 * 60_000);
          await sweepPayments(getDb(), now, 0);
        } else if (action === 'cancel') {
          await api.request('cancelCheckout', { params: { id: checkout.id } });
        } else if (action === 'cash') {
          await payRestInCash(order.id, cookie);
        } else if (action === 'retry') {
          bankPaymentId = (await startBank(checkout.token, 0)) ?? bankPaymentId;
        } else if (sent.length) {
          // An old delivery arrives again, late and out of order.
          expect(((await (await random.pick(sent)()).json()) as { result: string }).result, context).not.toBe(
            'applied',
          );
        }
      }
      // Whatever was lost in the post, the sweep settles from the bank's own books.
      await sweepPayments(getDb(), new Date(Math.max(now.getTime(), Date.now()) + 60_000), 0);
      await checkBooks(order.id, seed);
    }
  }, 240_000);
});

/** The invariants: every approved bank payment is recorded once; the bill is never overpaid. */
async function checkBooks(orderId: string, seed: number) {
  const db = getDb();
  const after = await getOrder(db, demo.locationId, orderId);
  const payments = await db.payment.findMany({ where: { orderId } });
  const bankBooks = await db.sandboxBankPayment.findMany({
    where: { id: { in: payments.flatMap((p) => (p.providerPaymentId ? [p.providerPaymentId] : [])) } },
  });
  const context = `seed ${seed}`;
  for (const bank of bankBooks) {
    const ours = payments.find((p) => p.providerPaymentId === bank.id)!;
    if (bank.status === 'approved') expect(ours.status, `${context}: approved at the bank`).toBe('SUCCEEDED');
    else expect(ours.status, `${context}: not approved at the bank`).not.toBe('SUCCEEDED');
  }
  const counted = payments.filter((p) => p.status === 'SUCCEEDED' && !p.needsRefundReview);
  const countedPence = counted.reduce((sum, p) => sum + p.amountPence, 0);
  expect(after.totals.paidPence, context).toBe(countedPence);
  expect(countedPence, `${context}: never paid for more than the bill`).toBeLessThanOrEqual(after.totals.totalPence);
  expect(after.totals.duePence, context).toBe(after.totals.totalPence - countedPence);
  const checkout = await db.checkoutSession.findFirstOrThrow({ where: { orderId } });
  const paidByCheckout = counted.some((p) => p.checkoutId === checkout.id && p.method === 'OPEN_BANKING');
  expect(checkout.status === 'PAID', `${context}: checkout PAID iff its money counted`).toBe(paidByCheckout);
  const webhookRows = await db.webhookEvent.groupBy({ by: ['provider', 'eventId'], _count: true });
  expect(webhookRows.every((row) => row._count === 1)).toBe(true);
}
