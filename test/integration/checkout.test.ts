// QR checkout sessions: the till makes one for what is due (or a share), the customer's phone
// reads the bill by its unguessable token; guessed tokens, expiry and cancellation.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TOrder } from '@/lib/schemas/orders';
import { markCheckoutOpened } from '@/lib/server/checkout/checkout-sessions';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { guessUntilLimited, sessionCookie } from '../http';

const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });

async function openOrder(cookie: string): Promise<TOrder> {
  const created = await createOrderAs(cookie, {
    type: 'TAKEAWAY',
    lines: [
      { itemId: menu.flatWhite, quantity: 1, modifierIds: [menu.oatMilk] },
      { itemId: menu.crisps, quantity: 2 },
    ],
  });
  return dataOf(created).order;
}

const makeCheckout = (cookie: string, orderId: string, body?: ApiBody<'createCheckout'>) =>
  testApi({ cookie }).request('createCheckout', { params: { id: orderId }, body, idempotencyKey: randomUUID() });

/** The customer's phone reads its bill. */
const readPublic = (token: string, address = '198.51.100.1') =>
  testApi({ from: address }).request('publicCheckout', { params: { token } });

describe('checkout sessions', () => {
  it('a checkout for what is due: 128-bit token, pay URL, QR, 15 minutes; the phone sees the bill and no staff', async () => {
    const cookie = await cashier();
    const order = await openOrder(cookie);
    const made = await makeCheckout(cookie, order.id);
    expect(made.status).toBe(201);
    const { checkout } = dataOf(made);
    expect(checkout).toMatchObject({ status: 'CREATED', amountPence: order.totals.totalPence, orderId: order.id });
    expect(Buffer.from(checkout.token, 'base64url')).toHaveLength(16);
    expect(checkout.url).toMatch(new RegExp(`/pay/${checkout.token}$`));
    expect(checkout.qrSvg).toMatch(/^<svg/);
    const minutes = (new Date(checkout.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);

    const shown = await readPublic(checkout.token);
    expect(shown.status).toBe(200);
    const bill = dataOf(shown).checkout;
    expect(bill).toMatchObject({
      // The phone has the bill now: reading it opens the checkout, as the pay page does.
      status: 'OPENED',
      amountPence: order.totals.totalPence,
      venue: { name: 'Fynlo Demo Café' },
      bill: { orderNumber: order.number, totalPence: order.totals.totalPence, duePence: order.totals.totalPence },
      tips: { enabled: true, presetsBps: [500, 1000, 2000] },
      receiptUrl: null,
    });
    expect(bill.bill.lines.map((line) => line.name)).toEqual(['Flat white', 'Crisps']);
    const text = JSON.stringify(dataOf(shown));
    expect(text).not.toContain(demo.cashier.name);
    expect(text).not.toContain(order.id);
    expect(await getDb().auditLog.count({ where: { action: 'checkout.created', entityId: checkout.id } })).toBe(1);
    expect(await getDb().outboxEvent.count({ where: { type: 'checkout.updated' } })).toBeGreaterThan(0);

    // The phone opens the page: the till's read of the checkout moves on to OPENED, once.
    await markCheckoutOpened(getDb(), checkout.token, new Date());
    await markCheckoutOpened(getDb(), checkout.token, new Date());
    const seen = await testApi({ cookie }).call('getCheckout', { params: { id: checkout.id } });
    expect(seen.checkout).toMatchObject({ status: 'OPENED', token: checkout.token });
    const events = await getDb().outboxEvent.findMany({ where: { type: 'checkout.updated' }, orderBy: { seq: 'asc' } });
    expect(events.filter((event) => JSON.stringify(event.payload).includes('"OPENED"'))).toHaveLength(1);
    expect(events.at(-1)?.payload).toMatchObject({ checkoutId: checkout.id, token: checkout.token, status: 'OPENED' });
  });

  it('a share of the bill for a split; never more than is due (409)', async () => {
    const cookie = await cashier();
    const order = await openOrder(cookie);
    const share = await makeCheckout(cookie, order.id, { amountPence: 200 });
    expect(dataOf(share).checkout.amountPence).toBe(200);
    const over = await makeCheckout(cookie, order.id, { amountPence: order.totals.totalPence + 1 });
    expect(over.status).toBe(409);
    expect(errorOf(over)?.details).toMatchObject({ reason: 'OVERPAYMENT' });
  });

  it('expires after 15 minutes; the till can cancel an open one but not an expired or cancelled one', async () => {
    const cookie = await cashier();
    const order = await openOrder(cookie);
    const { checkout } = dataOf(await makeCheckout(cookie, order.id));
    const cancel = (id: string) => testApi({ cookie }).request('cancelCheckout', { params: { id } });
    const cancelled = await cancel(checkout.id);
    expect(cancelled.status).toBe(200);
    expect(dataOf(cancelled).checkout.status).toBe('CANCELED');
    expect((await cancel(checkout.id)).status).toBe(409);
    expect(dataOf(await readPublic(checkout.token)).checkout.status).toBe('CANCELED');

    const second = dataOf(await makeCheckout(cookie, order.id)).checkout;
    await getDb().checkoutSession.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(dataOf(await readPublic(second.token)).checkout.status).toBe('EXPIRED');
    const late = await cancel(second.id);
    expect(late.status).toBe(409);
  });

  it('a guessed or malformed token is 404; guessing is rate-limited per address; kitchen staff cannot make one', async () => {
    expect((await readPublic('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await readPublic('../../etc')).status).toBe(404);
    const statuses = await guessUntilLimited(
      RATE_LIMITS.publicTokenLookupsPerAddress.limit,
      async (i) => (await readPublic(`guess${String(i).padStart(17, '0')}`, '198.51.100.9')).status,
    );
    expect(statuses).toContain(429);
    const kitchen = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    const order = await openOrder(await cashier());
    expect((await makeCheckout(kitchen, order.id)).status).toBe(403);
  });
});
