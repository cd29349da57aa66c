// The ordering API as a till drives it: priced from the menu, idempotent, clear 4xx for every
// mistake with nothing written, one ticket per station, approvals for voiding sent lines.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { POST as createOrderRoute } from '@/app/api/v1/orders/route';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, type LineInput, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, sessionCookie } from '../http';

const as = (user: keyof typeof demo.users) => sessionCookie({ userId: demo.users[user], locationId: demo.locationId });

const flatWhiteOat = { itemId: menu.flatWhite, quantity: 1, modifierIds: [menu.oatMilk] };

describe('orders: create', () => {
  it('prices lines from the menu: flat white with oat £3.80 + croissant £2.80, takeaway VAT', async () => {
    const response = await createOrderAs(await as('cashier'), {
      type: 'TAKEAWAY',
      lines: [flatWhiteOat, { itemId: menu.croissant, quantity: 1 }],
    });
    expect(response.status).toBe(201);
    const { order } = dataOf(response);
    expect(order).toMatchObject({
      status: 'OPEN',
      type: 'TAKEAWAY',
      version: 1,
      createdBy: { id: demo.users.cashier },
    });
    expect(order.number).toBeGreaterThanOrEqual(1);
    expect(order.lines.map((line) => [line.name, line.totalPence, line.vatRateBps])).toEqual([
      ['Flat white', 380, 2000],
      ['Croissant', 280, 0], // cold bakery taken away is zero-rated
    ]);
    expect(order.lines[0]!.modifiers).toMatchObject([{ groupName: 'Milk', name: 'Oat milk', priceDeltaPence: 40 }]);
    expect(order.totals).toMatchObject({ totalPence: 660, vatPence: 63, duePence: 660, paidPence: 0 });
  });

  it('eat-in uses the eat-in VAT rate', async () => {
    const { order } = dataOf(
      await createOrderAs(await as('cashier'), {
        type: 'DINE_IN',
        tableId: menu.table5,
        covers: 2,
        lines: [{ itemId: menu.croissant, quantity: 2 }],
      }),
    );
    expect(order).toMatchObject({ tableId: menu.table5, tableName: '5', covers: 2 });
    expect(order.totals).toMatchObject({ totalPence: 560, vatPence: 93 }); // 560 / 6 = 93.3
  });

  it("lists a line's choices in menu order, whatever order they were tapped in", async () => {
    const { order } = dataOf(
      await createOrderAs(await as('cashier'), {
        type: 'TAKEAWAY',
        lines: [{ itemId: menu.latte, quantity: 1, modifierIds: [menu.extraShot, menu.oatMilk, menu.large] }],
      }),
    );
    expect(order.lines[0]!.modifiers.map((m) => m.name)).toEqual(['Large', 'Oat milk', 'Extra shot']);
    expect(order.lines[0]!.totalPence).toBe(350 + 50 + 40 + 60);
  });

  it('ignores prices sent by the client', async () => {
    const { order } = dataOf(
      await createOrderAs(await as('cashier'), {
        type: 'TAKEAWAY',
        totalPence: 1,
        lines: [{ itemId: menu.crisps, quantity: 3, pricePence: 1, unitPricePence: 1 }],
      }),
    );
    expect(order.lines[0]!.unitPricePence).toBe(150);
    expect(order.totals.totalPence).toBe(450);
  });

  it('numbers orders 1, 2, 3… per location and trading day', async () => {
    const cookie = await as('cashier');
    const { order: first } = dataOf(await createOrderAs(cookie, { type: 'TAKEAWAY' }));
    const { order: second } = dataOf(await createOrderAs(cookie, { type: 'TAKEAWAY' }));
    expect(second.number).toBe(first.number + 1);
    expect(second.businessDate).toBe(first.businessDate);
  });

  it('a replayed create (same key, same body) returns the same order and makes one', async () => {
    const cookie = await as('cashier');
    const id = randomUUID();
    const body: ApiBody<'createOrder'> = { id, type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] };
    const first = await createOrderAs(cookie, body, 'create-once');
    const retry = await createOrderAs(cookie, body, 'create-once');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(dataOf(retry)).toEqual(dataOf(first));
    expect(await getDb().order.count({ where: { id } })).toBe(1);
    const reused = await createOrderAs(
      cookie,
      { ...body, lines: [{ itemId: menu.crisps, quantity: 2 }] },
      'create-once',
    );
    expect(reused.status).toBe(409);
  });

  it('the same client UUID under a new key is a 409, not a second order', async () => {
    const cookie = await as('cashier');
    const id = randomUUID();
    expect((await createOrderAs(cookie, { id, type: 'TAKEAWAY' })).status).toBe(201);
    expect((await createOrderAs(cookie, { id, type: 'TAKEAWAY' })).status).toBe(409);
  });

  it('needs an Idempotency-Key', async () => {
    // Raw: the typed client always sends the key this endpoint requires.
    const response = await call(createOrderRoute, {
      method: 'POST',
      path: '/api/v1/orders',
      body: { type: 'TAKEAWAY' },
      cookie: await as('cashier'),
    });
    expect(response.status).toBe(400);
  });

  it('kitchen staff cannot create orders', async () => {
    const response = await createOrderAs(await as('kitchen'), {
      type: 'TAKEAWAY',
      lines: [{ itemId: menu.crisps, quantity: 1 }],
    });
    expect(response.status).toBe(403);
    expect(errorOf(response)?.code).toBe('FORBIDDEN');
  });
});

describe('orders: bad input is a clear 4xx and writes nothing', () => {
  // Sent raw: several of these bodies are deliberately not what the contract accepts.
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an unknown item', { type: 'TAKEAWAY', lines: [{ itemId: randomUUID(), quantity: 1 }] }, /No such item/],
    [
      'a required modifier group left empty',
      { type: 'TAKEAWAY', lines: [{ itemId: menu.flatWhite, quantity: 1 }] },
      /Milk: choose 1/,
    ],
    [
      'two choices in a choose-1 group',
      {
        type: 'TAKEAWAY',
        lines: [{ itemId: menu.flatWhite, quantity: 1, modifierIds: [menu.oatMilk, menu.soyaMilk] }],
      },
      /Milk: choose up to 1/,
    ],
    [
      'four extras where 3 is the most',
      {
        type: 'TAKEAWAY',
        lines: [
          {
            itemId: menu.flatWhite,
            quantity: 1,
            modifierIds: [menu.wholeMilk, menu.extraShot, menu.vanilla, menu.caramel, menu.hazelnut],
          },
        ],
      },
      /Extras: choose up to 3/,
    ],
    [
      'a modifier of another item',
      { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1, modifierIds: [menu.oatMilk] }] },
      /not available for this item/,
    ],
    ['quantity 0', { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 0 }] }, /request does not match/],
    ['quantity 1.5', { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1.5 }] }, /request does not match/],
    [
      'quantity as text',
      { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: '2' }] },
      /request does not match/,
    ],
    ['a field the schema does not know', { type: 'TAKEAWAY', discountPence: 100 }, /request does not match/],
    ['a table of another location', { type: 'DINE_IN', tableId: randomUUID() }, /No such table/],
    ['an unknown order type', { type: 'DRIVE_THRU' }, /request does not match/],
  ];

  it.each(cases)('%s → 422', async (_name, body, message) => {
    const db = getDb();
    const [orders, counters] = [await db.order.count(), await db.orderCounter.findMany()];
    const response = await call(createOrderRoute, {
      method: 'POST',
      path: '/api/v1/orders',
      body,
      cookie: await as('cashier'),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(response.status).toBe(422);
    expect(response.body.error?.code).toBe('VALIDATION_FAILED');
    expect(response.body.error?.message).toMatch(message);
    expect(await db.order.count()).toBe(orders);
    expect(await db.orderCounter.findMany()).toEqual(counters);
  });

  it("an 86'd item is refused by name", async () => {
    const db = getDb();
    await db.item.update({ where: { id: menu.crisps }, data: { isAvailable: false } });
    const response = await createOrderAs(await as('cashier'), {
      type: 'TAKEAWAY',
      lines: [{ itemId: menu.crisps, quantity: 1 }],
    });
    await db.item.update({ where: { id: menu.crisps }, data: { isAvailable: true } });
    expect(response.status).toBe(422);
    expect(errorOf(response)?.message).toMatch(/Crisps is sold out/);
    expect(errorOf(response)?.details).toEqual([
      expect.objectContaining({ path: 'lines.0.itemId', itemId: menu.crisps }),
    ]);
  });

  it('the error names the modifier group', async () => {
    const response = await createOrderAs(await as('cashier'), {
      type: 'TAKEAWAY',
      lines: [{ itemId: menu.latte, quantity: 1, modifierIds: [menu.oatMilk] }],
    });
    expect(errorOf(response)?.details).toEqual([
      expect.objectContaining({
        path: 'lines.0.modifierIds',
        groupId: expect.any(String),
        message: 'Latte — Size: choose 1',
      }),
    ]);
  });
});

async function newOrder(
  lines: LineInput[] = [
    flatWhiteOat,
    { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough] },
    { itemId: menu.croissant, quantity: 2 },
  ],
) {
  const cookie = await as('cashier');
  const { order } = dataOf(await createOrderAs(cookie, { type: 'DINE_IN', tableId: menu.table5, covers: 2, lines }));
  return { api: testApi({ cookie }), order };
}

describe('orders: send to the kitchen', () => {
  it('makes one ticket per station with only the unsent lines', async () => {
    const { api, order } = await newOrder();
    const send = () => api.request('sendOrder', { params: { id: order.id }, body: {} });
    const sent = await send();
    expect(sent.status).toBe(200);
    const { tickets, order: afterSend } = dataOf(sent);
    expect(tickets.map((ticket) => ticket.stationId).sort()).toEqual(
      [menu.stations.bar, menu.stations.counter, menu.stations.kitchen].sort(),
    );
    expect(tickets.every((ticket) => ticket.tableName === '5' && ticket.orderNumber === order.number)).toBe(true);
    expect(afterSend.status).toBe('SENT');
    expect(afterSend.lines.every((line) => line.kitchenStatus === 'SENT')).toBe(true);

    expect(dataOf(await send()).tickets).toEqual([]);

    const more = await api.request('addOrderLines', {
      params: { id: order.id },
      body: { lines: [{ itemId: menu.crisps, quantity: 1 }] },
    });
    expect(more.status).toBe(200);
    expect(dataOf(await send()).tickets).toMatchObject([
      { stationId: menu.stations.counter, lineIds: [expect.any(String)] },
    ]);
    expect(await getDb().ticket.count({ where: { orderId: order.id } })).toBe(4);
    const events = await getDb().outboxEvent.findMany({ where: { type: 'ticket.created' } });
    expect(events.filter((event) => (event.payload as { orderId: string }).orderId === order.id)).toHaveLength(4);
  });

  it('holds later courses until they are fired', async () => {
    const { api, order } = await newOrder([
      { itemId: menu.crisps, quantity: 1, course: 1 },
      { itemId: menu.fullEnglish, quantity: 1, course: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    expect(order.heldCourses).toEqual([2]);
    const sent = dataOf(await api.request('sendOrder', { params: { id: order.id }, body: {} }));
    expect(sent.tickets).toHaveLength(1);
    expect(sent.order.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'PENDING']);
  });
});

describe('orders: voiding', () => {
  it('an unsent line voids freely; a sent line needs a reason and a manager PIN', async () => {
    const { api, order } = await newOrder();
    const [coffee, breakfast, croissants] = order.lines;
    const voidLine = (lineId: string, body: ApiBody<'voidOrderLine'>) =>
      api.request('voidOrderLine', { params: { id: order.id, lineId }, body });

    const free = await voidLine(croissants!.id, { reason: 'Mis-tap' });
    expect(free.status).toBe(200);
    expect(dataOf(free).order.totals.totalPence).toBe(order.totals.totalPence - 560);

    await api.call('sendOrder', { params: { id: order.id }, body: {} });
    const refused = await voidLine(coffee!.id, { reason: 'Customer changed mind' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused)?.details).toEqual({ approvalRequired: true });
    const wrongPin = await voidLine(coffee!.id, {
      reason: 'Customer changed mind',
      approval: { pin: demo.cashier.pin },
    });
    expect(wrongPin.status).toBe(403);
    const noReason = await voidLine(coffee!.id, { reason: '', approval: { pin: demo.manager.pin } });
    expect(noReason.status).toBe(422);

    const approved = await voidLine(coffee!.id, {
      reason: 'Customer changed mind',
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(200);
    const after = dataOf(approved).order;
    expect(after.lines.find((line) => line.id === coffee!.id)).toMatchObject({
      voidReason: 'Customer changed mind',
      totalPence: 0,
    });
    expect(after.totals.totalPence).toBe(breakfast!.totalPence);
    const line = await getDb().orderLine.findUniqueOrThrow({ where: { id: coffee!.id } });
    expect(line.approvedById).toBe(demo.users.manager);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: order.id, action: 'order.line_voided', approvedById: demo.users.manager },
    });
    expect(audit.actorUserId).toBe(demo.users.cashier);

    expect((await voidLine(coffee!.id, { reason: 'again', approval: { pin: demo.manager.pin } })).status).toBe(409);
  });

  it('voiding a sent order needs approval and voids its tickets; a voided order cannot change', async () => {
    const { api, order } = await newOrder();
    await api.call('sendOrder', { params: { id: order.id }, body: {} });
    const voidOrder = (body: ApiBody<'voidOrder'>) => api.request('voidOrder', { params: { id: order.id }, body });
    expect((await voidOrder({ reason: 'Walked out' })).status).toBe(403);
    const voided = await voidOrder({ reason: 'Walked out', approval: { pin: demo.manager.pin } });
    expect(voided.status).toBe(200);
    expect(dataOf(voided).order).toMatchObject({
      status: 'VOIDED',
      voidReason: 'Walked out',
      totals: { totalPence: 0 },
    });
    expect(await getDb().ticket.count({ where: { orderId: order.id, status: { not: 'VOIDED' } } })).toBe(0);
    const addAfter = await api.request('addOrderLines', {
      params: { id: order.id },
      body: { lines: [{ itemId: menu.crisps, quantity: 1 }] },
    });
    expect(addAfter.status).toBe(409);
    expect((await voidOrder({ reason: 'again' })).status).toBe(409);
  });
});

describe('orders: concurrency and stale edits', () => {
  it('an edit based on an old version is a 409 carrying the current order', async () => {
    const { api, order } = await newOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const add = (version: number) =>
      api.request('addOrderLines', {
        params: { id: order.id },
        body: { version, lines: [{ itemId: menu.crisps, quantity: 1 }] },
      });
    expect((await add(1)).status).toBe(200);
    const stale = await add(1);
    expect(stale.status).toBe(409);
    expect(errorOf(stale)?.details).toMatchObject({ reason: 'STALE_VERSION', order: { id: order.id, version: 2 } });
    expect((await api.call('getOrder', { params: { id: order.id } })).order.lines).toHaveLength(2);
  });

  it('100 parallel adds from several tills lose nothing: the total is the sum of the lines', async () => {
    const { api, order } = await newOrder([]);
    const quantities = Array.from({ length: 100 }, (_, index) => (index % 3) + 1);
    const responses = await Promise.all(
      quantities.map((quantity) =>
        api.request('addOrderLines', {
          params: { id: order.id },
          body: { lines: [{ itemId: menu.crisps, quantity }] },
        }),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const { order: final } = await api.call('getOrder', { params: { id: order.id } });
    expect(final.lines).toHaveLength(100);
    expect(final.totals.totalPence).toBe(quantities.reduce((sum, quantity) => sum + quantity * 150, 0));
    expect(final.version).toBe(101);
  });
});

describe('orders: lists', () => {
  it('lists open orders by table and by member of staff', async () => {
    const { api, order } = await newOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const byTable = await api.call('listOrders', { query: { tableId: menu.table5 } });
    expect(byTable.orders.map((o) => o.id)).toContain(order.id);
    const byOther = await api.call('listOrders', { query: { createdById: demo.users.manager } });
    expect(byOther.orders.map((o) => o.id)).not.toContain(order.id);
    const badStatus = await api.request('listOrders', { query: { status: 'NOPE' } });
    expect(badStatus.status).toBe(422);
  });

  it("another location's order is 404", async () => {
    const { order } = await newOrder([]);
    const db = getDb();
    const other = await db.location.create({
      data: { organisationId: demo.organisationId, slug: `o-${randomUUID().slice(0, 6)}`, name: 'Other' },
    });
    await db.membership.create({ data: { userId: demo.users.supervisor, locationId: other.id, role: 'MANAGER' } });
    const outsider = await sessionCookie({ userId: demo.users.supervisor, locationId: other.id });
    expect((await testApi({ cookie: outsider }).request('getOrder', { params: { id: order.id } })).status).toBe(404);
  });
});
