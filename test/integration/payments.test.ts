// Taking money: cash tenders down to exactly zero due, a payment storm that pays once, refunds
// within limits and with approval, idempotent replays, cash drawers, and a Z report that equals
// the ledger.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST as payRoute } from '@/app/api/v1/orders/[id]/payments/route';
import { getDb } from '@/lib/db';
import type { TOrder } from '@/lib/schemas/orders';
import { getOrder } from '@/lib/server/orders/order-dto';
import { permissionsOf } from '@/lib/server/permissions';
import { dayReport } from '@/lib/server/reports/day-report';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { startTestSmtp } from '../fakes/test-smtp';
import { createDevice, demo } from '../factories/staff';
import { call, guessUntilLimited, sessionCookie } from '../http';

const cashierCookie = (deviceId: string | null = null) =>
  sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId });
const managerCookie = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });

async function newOrder(cookie: string): Promise<TOrder> {
  const created = await createOrderAs(cookie, {
    type: 'TAKEAWAY',
    lines: [
      { itemId: menu.flatWhite, quantity: 1, modifierIds: [menu.oatMilk] },
      { itemId: menu.croissant, quantity: 2 },
      { itemId: menu.crisps, quantity: 1 },
    ],
  });
  expect(created.status).toBe(201);
  return dataOf(created).order;
}

/** The till takes cash. */
function pay(cookie: string, orderId: string, body: Omit<ApiBody<'takePayment'>, 'method'>, key = randomUUID()) {
  return testApi({ cookie }).request('takePayment', {
    params: { id: orderId },
    body: { method: 'CASH', ...body },
    idempotencyKey: key,
  });
}

function refund(cookie: string, paymentId: string, body: ApiBody<'refundPayment'>, key = randomUUID()) {
  return testApi({ cookie }).request('refundPayment', { params: { id: paymentId }, body, idempotencyKey: key });
}

describe('payments: cash', () => {
  it('two cash tenders pay the bill to exactly zero; the order closes', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const total = order.totals.totalPence;
    const first = await pay(cookie, order.id, { amountPence: 500, tenderedPence: 500 });
    expect(first.status).toBe(201);
    expect(dataOf(first).order).toMatchObject({
      status: 'PARTIALLY_PAID',
      totals: { paidPence: 500, duePence: total - 500 },
    });
    const second = await pay(cookie, order.id, { amountPence: total - 500, tenderedPence: 2000 });
    expect(second.status).toBe(201);
    expect(dataOf(second).payment).toMatchObject({
      status: 'SUCCEEDED',
      amountPence: total - 500,
      tenderedPence: 2000,
      changePence: 2000 - (total - 500),
    });
    const paid = dataOf(second).order;
    expect(paid.status).toBe('CLOSED');
    expect(paid.paidAt).not.toBeNull();
    expect(paid.totals).toMatchObject({ paidPence: total, duePence: 0, refundedPence: 0 });
    expect(paid.payments.map((payment) => payment.amountPence)).toEqual([500, total - 500]);
    expect(await getDb().auditLog.count({ where: { entityId: order.id, action: 'order.payment_taken' } })).toBe(2);
  });

  it('12 simultaneous full payments: exactly one is taken, the others get 409; paid once', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => pay(cookie, order.id, { amountPence: order.totals.totalPence })),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(11);
    const payments = await getDb().payment.findMany({ where: { orderId: order.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0]!.amountPence).toBe(order.totals.totalPence);
  });

  it('refuses more than is due (409 with the due amount), a short tender (422), and a voided order (409)', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const over = await pay(cookie, order.id, { amountPence: order.totals.totalPence + 1 });
    expect(over.status).toBe(409);
    expect(errorOf(over)?.details).toMatchObject({ reason: 'OVERPAYMENT', duePence: order.totals.totalPence });
    const short = await pay(cookie, order.id, { amountPence: 500, tipPence: 100, tenderedPence: 550 });
    expect(short.status).toBe(422);
    // Raw: a card payment is outside the contract (cards are paid on the customer's phone).
    const notCash = await call(payRoute, {
      method: 'POST',
      path: `/api/v1/orders/${order.id}/payments`,
      params: { id: order.id },
      body: { method: 'CARD', amountPence: 500 },
      cookie,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(notCash.status).toBe(422);
    expect(await getDb().payment.count({ where: { orderId: order.id } })).toBe(0);

    const voided = await testApi({ cookie }).request('voidOrder', {
      params: { id: order.id },
      body: { reason: 'Walked out' },
    });
    expect(voided.status).toBe(200);
    const onVoided = await pay(cookie, order.id, { amountPence: 100 });
    expect(onVoided.status).toBe(409);
  });

  it('a retried payment (same Idempotency-Key) is taken once; the key with another body is a 409', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const key = randomUUID();
    const first = await pay(cookie, order.id, { amountPence: 300 }, key);
    const again = await pay(cookie, order.id, { amountPence: 300 }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(dataOf(again).payment.id).toBe(dataOf(first).payment.id);
    const reused = await pay(cookie, order.id, { amountPence: 400 }, key);
    expect(reused.status).toBe(409);
    expect(await getDb().payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("on a paired till the key is the device's: a payment queued offline by one cashier and replayed after another signed in is taken once", async () => {
    const till = await createDevice(getDb());
    const casey = await cashierCookie(till.id);
    const manager = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId, deviceId: till.id });
    const order = await newOrder(casey);
    const key = randomUUID();
    const first = await pay(casey, order.id, { amountPence: 300 }, key);
    // The answer was lost (the till went offline); by the time it reconnects, the manager is signed in.
    const replayed = await pay(manager, order.id, { amountPence: 300 }, key);
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(dataOf(replayed).payment.id).toBe(dataOf(first).payment.id);
    expect(await getDb().payment.count({ where: { orderId: order.id } })).toBe(1);
    // Away from the till (the office, an integration) keys stay each person's own.
    const elsewhere = await pay(await cashierCookie(), order.id, { amountPence: 300 }, key);
    expect(elsewhere.headers.get('idempotent-replayed')).toBeNull();
  });

  it('tips are recorded per payment and are not part of the bill', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const paid = await pay(cookie, order.id, { amountPence: order.totals.totalPence, tipPence: 150 });
    expect(dataOf(paid).order.totals).toMatchObject({
      duePence: 0,
      tipPence: 150,
      paidPence: order.totals.totalPence,
    });
    expect(dataOf(paid).payment).toMatchObject({ tipPence: 150, changePence: 0 });
  });
});

describe('refunds', () => {
  async function paidOrder() {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const paid = dataOf(await pay(cookie, order.id, { amountPence: order.totals.totalPence, tipPence: 100 }));
    return { cookie, order: paid.order, payment: paid.payment };
  }

  it('a cashier needs a manager’s PIN (403, nothing written); with it the refund is made', async () => {
    const { cookie, order, payment } = await paidOrder();
    const croissants = order.lines.find((line) => line.name === 'Croissant')!;
    const refused = await refund(cookie, payment.id, { amountPence: croissants.totalPence, reason: 'Stale' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused)?.details).toEqual({ approvalRequired: true });
    expect(await getDb().refund.count({ where: { paymentId: payment.id } })).toBe(0);

    const wrongPin = await refund(cookie, payment.id, {
      amountPence: croissants.totalPence,
      reason: 'Stale',
      approval: { pin: demo.cashier.pin },
    });
    expect(wrongPin.status).toBe(403);

    const approved = await refund(cookie, payment.id, {
      amountPence: croissants.totalPence,
      reason: 'Stale',
      lineIds: [croissants.id],
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(201);
    const body = dataOf(approved);
    expect(body.refund).toMatchObject({
      amountPence: croissants.totalPence,
      status: 'SUCCEEDED',
      approvedById: demo.users.manager,
      lineIds: [croissants.id],
    });
    expect(body.order.totals.refundedPence).toBe(croissants.totalPence);
    expect(body.order.payments[0]!.refundablePence).toBe(payment.amountPence + 100 - croissants.totalPence);
    expect(
      await getDb().auditLog.count({
        where: { entityId: order.id, action: 'order.refunded', approvedById: demo.users.manager },
      }),
    ).toBe(1);
  });

  it('never more than was paid less what was refunded (422)', async () => {
    const { payment } = await paidOrder();
    const manager = await managerCookie();
    const all = payment.amountPence + payment.tipPence;
    expect((await refund(manager, payment.id, { amountPence: all + 1, reason: 'Too much' })).status).toBe(422);
    expect((await refund(manager, payment.id, { amountPence: all - 100, reason: 'Most' })).status).toBe(201);
    const over = await refund(manager, payment.id, { amountPence: 101, reason: 'One penny too many' });
    expect(over.status).toBe(422);
    expect((await refund(manager, payment.id, { amountPence: 100, reason: 'The rest' })).status).toBe(201);
    expect((await refund(manager, payment.id, { amountPence: 1, reason: 'Nothing left' })).status).toBe(422);
  });

  it('a replayed refund (same key) refunds once; two refunds at once cannot exceed the payment', async () => {
    const { payment } = await paidOrder();
    const manager = await managerCookie();
    const key = randomUUID();
    const first = await refund(manager, payment.id, { amountPence: 200, reason: 'Cold' }, key);
    const replay = await refund(manager, payment.id, { amountPence: 200, reason: 'Cold' }, key);
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(dataOf(replay).refund.id).toBe(dataOf(first).refund.id);
    expect(await getDb().refund.count({ where: { paymentId: payment.id } })).toBe(1);

    const left = payment.amountPence + payment.tipPence - 200;
    const racing = await Promise.all(
      [0, 1, 2].map(() => refund(manager, payment.id, { amountPence: left, reason: 'All' })),
    );
    expect(racing.map((result) => result.status).sort()).toEqual([201, 422, 422]);
  });

  it('an unknown payment is 404; another location cannot refund ours', async () => {
    const manager = await managerCookie();
    expect((await refund(manager, randomUUID(), { amountPence: 100, reason: 'x' })).status).toBe(404);
  });
});

describe('cash drawer', () => {
  it('float, cash sales, refunds and movements give the expected cash; the count gives the variance', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const cookie = await cashierCookie(device.id);
    const api = testApi({ cookie });
    const open = () => api.request('openCashSession', { body: { floatPence: 10_000 } });

    const opened = await open();
    expect(opened.status).toBe(201);
    const session = dataOf(opened).cashSession;
    expect((await open()).status).toBe(409);

    const order = await newOrder(cookie);
    await pay(cookie, order.id, { amountPence: order.totals.totalPence, tipPence: 100, tenderedPence: 2_000 });
    const payment = (await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).id;
    await refund(cookie, payment, { amountPence: 150, reason: 'Crisps were out', approval: { pin: demo.manager.pin } });

    const move = (body: ApiBody<'cashMovement'>) => api.request('cashMovement', { params: { id: session.id }, body });
    expect((await move({ kind: 'PAY_IN', amountPence: 2_000, reason: 'Change from the bank' })).status).toBe(201);
    expect((await move({ kind: 'PAY_OUT', amountPence: 450, reason: 'Milk' })).status).toBe(201);
    expect((await move({ kind: 'SAFE_DROP', amountPence: 5_000, reason: 'Midday drop' })).status).toBe(201);
    expect((await move({ kind: 'NO_SALE', reason: 'Change for a tenner' })).status).toBe(201);
    expect((await move({ kind: 'NO_SALE', reason: '' })).status).toBe(422);
    expect((await move({ kind: 'PAY_OUT', reason: 'No amount' })).status).toBe(422);

    const expected = 10_000 + order.totals.totalPence + 100 - 150 + 2_000 - 450 - 5_000;
    const listed = await api.call('listCashSessions', { query: { status: 'OPEN' } });
    const openDrawer = listed.cashSessions.find((s) => s.id === session.id)!;
    expect(openDrawer).toMatchObject({ status: 'OPEN', expectedPence: expected, movements: expect.any(Array) });
    expect(openDrawer.movements).toHaveLength(4);

    const close = (body: ApiBody<'closeCashSession'>) =>
      api.request('closeCashSession', { params: { id: session.id }, body });
    // £10 short: over the £5 limit, so a manager must sign it off.
    const short = await close({ countedPence: expected - 1_000 });
    expect(short.status).toBe(403);
    expect(errorOf(short)?.details).toEqual({ approvalRequired: true });
    // Counted by denomination: 20p short, within the limit.
    const counted = expected - 20;
    const pounds = Math.floor(counted / 100);
    const closed = await close({ denominations: { '100': pounds, '1': counted - pounds * 100 } });
    expect(closed.status).toBe(200);
    expect(dataOf(closed).cashSession).toMatchObject({
      status: 'CLOSED',
      expectedPence: expected,
      countedPence: counted,
      variancePence: -20,
    });
    expect((await close({ countedPence: counted })).status).toBe(409);
  });

  it('a movement made offline keeps the id the till gave it, applies once however often it is replayed, and is refused in words on a drawer closed meanwhile', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const api = testApi({ cookie: await cashierCookie(device.id) });
    const { id: sessionId } = (await api.call('openCashSession', { body: { floatPence: 5_000 } })).cashSession;
    const movementId = randomUUID();
    const body = { id: movementId, kind: 'PAY_OUT' as const, amountPence: 650, reason: 'Milk' };
    const replay = () => api.request('cashMovement', { params: { id: sessionId }, body, idempotencyKey: movementId });
    const [first, second] = await Promise.all([replay(), replay()]);
    const answers = [first, second].map((answer) => answer.status).sort();
    // Two tabs replaying at once: one applies, the other gets the stored answer (or "still running").
    expect(answers[0]).toBe(201);
    expect([201, 409]).toContain(answers[1]);
    const again = await replay();
    expect(again.status).toBe(201);
    expect(dataOf(again).cashSession.movements.map((movement) => movement.id)).toEqual([movementId]);
    expect(dataOf(again).cashSession.expectedPence).toBe(5_000 - 650);
    expect(await db.cashMovement.count({ where: { cashSessionId: sessionId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: sessionId, action: 'cash.pay_out' } })).toBe(1);

    // The same id under another key is another change: refused, never a second row or a 500.
    const clash = await api.request('cashMovement', { params: { id: sessionId }, body, idempotencyKey: randomUUID() });
    expect(clash.status).toBe(409);
    expect(await db.cashMovement.count({ where: { cashSessionId: sessionId } })).toBe(1);

    // The drawer is closed on the till meanwhile; a movement queued on it is refused in words.
    await api.call('closeCashSession', { params: { id: sessionId }, body: { countedPence: 5_000 - 650 } });
    const late = await api.request('cashMovement', {
      params: { id: sessionId },
      body: { id: randomUUID(), kind: 'NO_SALE', amountPence: 0, reason: 'Change for a customer' },
      idempotencyKey: randomUUID(),
    });
    expect(late.status).toBe(409);
    expect(errorOf(late)?.message).toMatch(/closed/i);
  });

  it('a variance over the limit closes with a manager’s PIN', async () => {
    const device = await createDevice(getDb());
    const api = testApi({ cookie: await cashierCookie(device.id) });
    const { id } = (await api.call('openCashSession', { body: { floatPence: 5_000 } })).cashSession;
    const closed = await api.request('closeCashSession', {
      params: { id },
      body: { countedPence: 3_000, approval: { pin: demo.manager.pin } },
    });
    expect(closed.status).toBe(200);
    expect(dataOf(closed).cashSession).toMatchObject({
      variancePence: -2_000,
      approvedById: demo.users.manager,
    });
  });
});

describe('X and Z reports', () => {
  it('equal the ledger: sales and VAT by rate, takings by method, tips, refunds, cash', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const cookie = await cashierCookie(device.id);
    const manager = await managerCookie();
    await testApi({ cookie }).call('openCashSession', { body: { floatPence: 0 } });
    const orders = [await newOrder(cookie), await newOrder(cookie)];
    for (const order of orders) await pay(cookie, order.id, { amountPence: order.totals.totalPence, tipPence: 50 });
    const stillOpen = await newOrder(cookie);
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: orders[0]!.id } });
    await refund(manager, payment.id, { amountPence: 280, reason: 'Dropped' });

    const managerApi = testApi({ cookie: manager });
    const x = await managerApi.request('xReport', {});
    expect(x.status).toBe(200);
    const report = dataOf(x);
    const date = orders[0]!.businessDate;
    const z = await managerApi.call('zReport', { query: { date } });
    expect({ ...z, generatedAt: null }).toEqual({ ...report, generatedAt: null });

    // The ledger, read straight from the tables (earlier tests in this file traded today too).
    const day = new Date(`${date}T00:00:00Z`);
    const payments = await db.payment.findMany({
      where: { locationId: demo.locationId, status: 'SUCCEEDED', order: { businessDate: day } },
    });
    const refunds = await db.refund.findMany({ where: { paymentId: { in: payments.map((p) => p.id) } } });
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const taken = sum(payments.map((p) => p.amountPence));
    const tips = sum(payments.map((p) => p.tipPence));
    const refunded = sum(refunds.map((r) => r.amountPence));
    const dayOrders = await db.order.findMany({ where: { locationId: demo.locationId, businessDate: day } });
    const sold = await Promise.all(
      dayOrders
        .filter((order) => ['PARTIALLY_PAID', 'PAID', 'CLOSED'].includes(order.status))
        .map((order) => getOrder(db, demo.locationId, order.id)),
    );
    const drawers = await db.cashSession.findMany({
      where: { locationId: demo.locationId },
      include: { movements: true },
    });
    const moved = sum(
      drawers.flatMap((d) =>
        d.movements.map((m) => (m.kind === 'PAY_IN' ? 1 : m.kind === 'NO_SALE' ? 0 : -1) * m.amountPence),
      ),
    );

    expect(report.kind).toBe('X');
    expect(report.orders).toBe(sold.length);
    expect(report.grossSalesPence).toBe(
      sum(sold.map((order) => order.totals.totalPence - order.totals.serviceChargePence)),
    );
    expect(report.vatPence).toBe(sum(sold.map((order) => order.totals.vatPence)));
    expect(sum(report.vatByRate.map((band) => band.vatPence))).toBe(report.vatPence);
    expect(report.vatByRate.map((band) => band.rateBps)).toEqual([2000, 0]);
    expect(report.netSalesPence).toBe(report.grossSalesPence - report.vatPence);
    expect(report.takingsByMethod).toEqual([
      { method: 'CASH', count: payments.length, amountPence: taken, tipPence: tips, refundedPence: refunded },
    ]);
    expect(report.tipsPence).toBe(tips);
    expect(report.refunds).toEqual({ count: refunds.length, valuePence: refunded });
    expect(report.netTakingsPence).toBe(taken + tips - refunded);
    // The day's cash is in the drawers or (taken or given back with no drawer open) not in one yet.
    expect(report.cash.expectedPence + report.cash.notInDrawerPence).toBe(
      taken + tips - refunded + sum(drawers.map((d) => d.floatPence)) + moved,
    );
    expect(report.cash.openDrawers).toBe(drawers.filter((d) => d.closedAt === null).length);
    expect(report.openOrders).toBe(
      dayOrders.filter((o) => ['OPEN', 'SENT', 'PARTIALLY_PAID'].includes(o.status)).length,
    );
    expect(stillOpen.status).toBe('OPEN');

    expect((await testApi({ cookie }).request('xReport', {})).status).toBe(403);
    expect((await managerApi.request('zReport', { query: { date: '26-11-2026' } })).status).toBe(422);
  });
});

describe('receipts', () => {
  it('the first payment mints an unguessable receipt link; the till prints the same receipt the phone shows: venue, address, VAT number, footer, lines, VAT, the tip once, payments and refunds, never the staff’s reason', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const receiptLink = () => testApi({ cookie }).request('receiptLink', { params: { id: order.id } });
    const before = await receiptLink();
    expect(before.status).toBe(409);
    const paid = dataOf(
      await pay(cookie, order.id, { amountPence: order.totals.totalPence, tenderedPence: 5_000, tipPence: 100 }),
    ).order;
    expect(paid.receiptToken).toMatch(/^[\w-]{22}$/);
    const payment = paid.payments[0]!;
    await refund(cookie, payment.id, {
      amountPence: 150,
      reason: 'No crisps left',
      approval: { pin: demo.manager.pin },
    });

    const link = await receiptLink();
    expect(link.status).toBe(200);
    const { url, qrSvg, receipt: printed } = dataOf(link);
    expect(url).toMatch(new RegExp(`/receipt/${paid.receiptToken}$`));
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const shown = await testApi().request('receipt', { params: { token: paid.receiptToken! } });
    expect(shown.status).toBe(200);
    const { receipt } = dataOf(shown);
    // One receipt model: the till's paper receipt is exactly what the customer's phone shows.
    expect(printed).toEqual(receipt);
    expect(receipt).toMatchObject({
      // What settings say is "printed at the top of every receipt", and the footer at the bottom.
      venue: {
        name: 'Fynlo Demo Café',
        address: ['1 Market Street', 'Bristol', 'BS1 1AA'],
        vatNumber: 'GB 123 4567 89',
        footer: 'Thank you for visiting. This is a demo — nothing here is real.',
      },
      orderNumber: order.number,
      totalPence: order.totals.totalPence,
      tipPence: 100, // £1.00, once for the bill
      duePence: 0,
      refundedPence: 150,
      // By method and amount (the tip included): the £50.00 tendered and its change are not on it.
      payments: [{ method: 'CASH', amountPence: order.totals.totalPence + 100, createdAt: payment.createdAt }],
      refunds: [{ amountPence: 150, method: 'CASH' }],
    });
    expect(receipt.lines.map((line) => line.name)).toEqual(['Flat white', 'Croissant', 'Crisps']);
    expect(receipt.vatBands.reduce((sum, band) => sum + band.grossPence, 0)).toBe(order.totals.totalPence);
    // Public: it never names staff, nor repeats what staff wrote about the refund.
    expect(JSON.stringify(dataOf(shown))).not.toContain(demo.cashier.name);
    expect(JSON.stringify(dataOf(shown))).not.toContain('No crisps left');
  });

  it("a bill shared by two diners: each phone receipt shows the bill's payments by method and amount, never a diner's cash tendered or change", async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    const total = order.totals.totalPence;
    // Diner one hands over £20.00 for £5.00 and a 50p tip; diner two pays the rest with £50.00.
    await pay(cookie, order.id, { amountPence: 500, tipPence: 50, tenderedPence: 2_000 });
    const paid = dataOf(await pay(cookie, order.id, { amountPence: total - 500, tenderedPence: 5_000 })).order;
    expect(paid.status).toBe('CLOSED');

    const shown = await testApi().request('receipt', { params: { token: paid.receiptToken! } });
    expect(shown.status).toBe(200);
    const { receipt } = dataOf(shown);
    expect(receipt.payments).toEqual([
      { method: 'CASH', amountPence: 550, createdAt: paid.payments[0]!.createdAt }, // £5.00 + 50p tip
      { method: 'CASH', amountPence: total - 500, createdAt: paid.payments[1]!.createdAt },
    ]);
    expect(receipt.tipPence).toBe(50);
    const body = JSON.stringify(dataOf(shown));
    expect(body).not.toMatch(/tendered|change/i);
    // Neither diner's change (£14.50, and what was left of the £50.00) appears anywhere.
    expect(body).not.toMatch(new RegExp(`:${2_000 - 550}[,}]|:${5_000 - (total - 500)}[,}]`));
  });

  it('emails the receipt through SMTP when it is set up; says so (409) when it is not', async () => {
    const cookie = await cashierCookie();
    const order = await newOrder(cookie);
    await pay(cookie, order.id, { amountPence: order.totals.totalPence });
    const send = (email = 'guest@example.com') =>
      testApi({ cookie }).request('emailReceipt', { params: { id: order.id }, body: { email } });
    const unset = await send();
    expect(unset.status).toBe(409);
    expect(errorOf(unset)?.details).toEqual({ reason: 'EMAIL_NOT_CONFIGURED' });

    const smtp = await startTestSmtp();
    const { received } = smtp;
    try {
      const sent = await send();
      expect(sent.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(['guest@example.com']);
      expect(received[0]!.text).toContain(`order #${order.number}`);
      const { receiptToken } = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
      expect(received[0]!.text).toContain(`/receipt/${receiptToken}`);
      const invalid = await send('not-an-address');
      expect(invalid.status).toBe(422);
    } finally {
      await smtp.close();
    }
  });

  it('an unknown or malformed token is a 404; lookups from one address are limited', async () => {
    const lookup = (token: string, address = '203.0.113.7') =>
      testApi({ from: address }).request('receipt', { params: { token } });
    expect((await lookup('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await lookup('not a token!')).status).toBe(404);
    const statuses = await guessUntilLimited(
      RATE_LIMITS.publicTokenLookupsPerAddress.limit,
      async (i) => (await lookup(`guess${String(i).padStart(17, '0')}`)).status,
    );
    expect(statuses).toContain(429);
    expect((await lookup('AAAAAAAAAAAAAAAAAAAAAA', '203.0.113.8')).status).toBe(404);
  });
});

describe('after payment', () => {
  it('a bill paid before a held course is fired still sends it to the kitchen; the order stays closed', async () => {
    const cookie = await cashierCookie();
    const created = await createOrderAs(cookie, {
      type: 'TAKEAWAY',
      lines: [
        { itemId: menu.crisps, quantity: 1, course: 1 },
        { itemId: menu.croissant, quantity: 1, course: 2 },
      ],
    });
    const { order } = dataOf(created);
    const paid = dataOf(await pay(cookie, order.id, { amountPence: order.totals.totalPence })).order;
    expect(paid.status).toBe('CLOSED');
    const api = testApi({ cookie });
    const send = await api.request('sendOrder', { params: { id: order.id }, body: {} });
    expect(send.status).toBe(200);
    expect(dataOf(send).tickets).toHaveLength(1);
    const fired = await api.request('fireCourse', { params: { id: order.id }, body: { course: 2 } });
    expect(fired.status).toBe(200);
    const after = dataOf(fired).order;
    expect(after.status).toBe('CLOSED');
    expect(after.lines.every((line) => line.kitchenStatus === 'SENT')).toBe(true);
  });

  it('lists a trading day’s closed orders newest first, with their refunds and the lines refunded', async () => {
    const cookie = await cashierCookie();
    const first = await newOrder(cookie);
    const second = await newOrder(cookie);
    for (const order of [first, second]) await pay(cookie, order.id, { amountPence: order.totals.totalPence });
    const paidSecond = await getOrderFor(second.id);
    const crisps = paidSecond.lines.find((line) => line.name === 'Crisps')!;
    await refund(await managerCookie(), paidSecond.payments[0]!.id, {
      amountPence: crisps.totalPence,
      reason: 'Out of crisps',
      lineIds: [crisps.id],
    });
    const api = testApi({ cookie });
    const { orders } = await api.call('listOrders', { query: { status: 'CLOSED', businessDate: first.businessDate } });
    expect(orders.indexOf(orders.find((o) => o.id === second.id)!)).toBeLessThan(
      orders.indexOf(orders.find((o) => o.id === first.id)!),
    );
    const withRefund = orders.find((o) => o.id === second.id)!;
    expect(withRefund.payments[0]!.refunds).toMatchObject([
      { amountPence: crisps.totalPence, reason: 'Out of crisps', lineIds: [crisps.id], status: 'SUCCEEDED' },
    ]);
    const otherDay = await api.call('listOrders', { query: { status: 'CLOSED', businessDate: '2001-01-01' } });
    expect(otherDay.orders).toEqual([]);
  });
});

async function getOrderFor(orderId: string): Promise<TOrder> {
  return getOrder(getDb(), demo.locationId, orderId);
}

describe('the trading day in reports', () => {
  it('asked at 01:30 for the calendar date, the report covers the trading day still in progress', async () => {
    const actor = {
      userId: demo.users.manager,
      name: demo.manager.name,
      organisationId: demo.organisationId,
      locationId: demo.locationId,
      role: 'MANAGER' as const,
      permissions: permissionsOf('MANAGER'),
      deviceId: null,
      sessionVersion: 1,
      sessionId: randomUUID(),
    };
    // 01:30 in London on 27 November: the day started at 04:00 on the 26th is still trading.
    const now = new Date('2026-11-27T01:30:00Z');
    const asked = await dayReport({ db: getDb(), actor, date: '2026-11-27', now });
    expect(asked.businessDate).toBe('2026-11-26');
    expect(asked.kind).toBe('X');
    const yesterday = await dayReport({ db: getDb(), actor, date: '2026-11-25', now });
    expect(yesterday).toMatchObject({ businessDate: '2026-11-25', kind: 'Z' });
    const later = await dayReport({ db: getDb(), actor, date: '2026-11-27', now: new Date('2026-11-27T05:00:00Z') });
    expect(later.businessDate).toBe('2026-11-27');
  });
});
