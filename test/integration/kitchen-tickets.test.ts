// What the kitchen sees after a send: one ticket per station, oldest first, with the lines,
// their choices in menu order, and voided lines marked.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { type ApiBody, dataOf, errorOf, type TestApi, testApi } from '../api-client';
import { createOrderAs, type LineInput, menu } from '../factories/orders';
import { createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';

const kitchenApi = async () =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId }) });

describe('kitchen tickets', () => {
  it('a send puts one ticket per station on the pass; a station sees only its own', async () => {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const kitchen = await kitchenApi();
    const { order } = dataOf(
      await createOrderAs(cashier, {
        type: 'DINE_IN',
        tableId: menu.table5,
        lines: [
          { itemId: menu.latte, quantity: 1, modifierIds: [menu.oatMilk, menu.large], note: 'extra hot' },
          { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough], seat: 1 },
          { itemId: menu.crisps, quantity: 1 },
        ],
      }),
    );
    const till = testApi({ cookie: cashier });
    await till.call('sendOrder', { params: { id: order.id }, body: {} });

    const all = (await kitchen.call('kitchenTickets', {})).tickets.filter((t) => t.orderId === order.id);
    expect(all.map((ticket) => ticket.stationId).sort()).toEqual(
      [menu.stations.bar, menu.stations.counter, menu.stations.kitchen].sort(),
    );
    const bar = (await kitchen.call('kitchenTickets', { query: { stationId: menu.stations.bar } })).tickets.filter(
      (t) => t.orderId === order.id,
    );
    expect(bar).toHaveLength(1);
    expect(bar[0]).toMatchObject({
      orderNumber: order.number,
      tableName: '5',
      status: 'NEW',
      server: { id: demo.users.cashier, name: demo.cashier.name },
      lines: [{ name: 'Latte', quantity: 1, modifiers: ['Large', 'Oat milk'], note: 'extra hot', voided: false }],
    });

    const breakfast = order.lines[1]!;
    await till.call('voidOrderLine', {
      params: { id: order.id, lineId: breakfast.id },
      body: { reason: 'Made wrong', approval: { pin: demo.manager.pin } },
    });
    const kitchenTicket = (
      await kitchen.call('kitchenTickets', { query: { stationId: menu.stations.kitchen } })
    ).tickets.find((t) => t.orderId === order.id);
    expect(kitchenTicket?.lines).toMatchObject([{ name: 'Full English', quantity: 2, seat: 1, voided: true }]);
  });

  it('refuses an unknown status filter', async () => {
    const kitchen = await kitchenApi();
    expect((await kitchen.request('kitchenTickets', { query: { status: 'COOKING' } })).status).toBe(422);
  });
});

describe('kitchen actions: start, bump, recall', () => {
  async function sentOrder(lines: LineInput[]) {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const { order } = dataOf(await createOrderAs(cashier, { type: 'TAKEAWAY', lines }));
    const { tickets } = await testApi({ cookie: cashier }).call('sendOrder', { params: { id: order.id }, body: {} });
    return { order, tickets };
  }
  const start = async (ticketId: string) => (await kitchenApi()).request('startTicket', { params: { id: ticketId } });
  const recall = async (ticketId: string) => (await kitchenApi()).request('recallTicket', { params: { id: ticketId } });
  const bump = async (ticketId: string, body?: ApiBody<'bumpTicket'>, api?: TestApi) =>
    (api ?? (await kitchenApi())).request('bumpTicket', { params: { id: ticketId }, body });

  it('bumping items one by one keeps the ticket until the last; the order lines turn READY; records prep times', async () => {
    const { order, tickets } = await sentOrder([
      { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough] },
      { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough], seat: 2 },
    ]);
    const ticketId = tickets[0]!.id;
    const [first, second] = order.lines;

    const started = await start(ticketId);
    expect(started.status).toBe(200);
    expect(dataOf(started).ticket).toMatchObject({ status: 'IN_PROGRESS' });

    const partly = await bump(ticketId, { lineIds: [first!.id] });
    expect(dataOf(partly).ticket).toMatchObject({
      status: 'IN_PROGRESS',
      bumpedAt: null,
      lines: [
        { id: first!.id, kitchenStatus: 'READY' },
        { id: second!.id, kitchenStatus: 'SENT' },
      ],
    });
    const done = dataOf(await bump(ticketId, { lineIds: [second!.id] }));
    expect(done.ticket.status).toBe('BUMPED');
    expect(done.ticket.startedAt).not.toBeNull();
    expect(done.ticket.readyAt).not.toBeNull();
    expect(done.ticket.bumpedAt).not.toBeNull();
    const lines = await getDb().orderLine.findMany({ where: { orderId: order.id } });
    expect(lines.map((line) => line.kitchenStatus)).toEqual(['READY', 'READY']);

    // It left the pass; it is the first in the recall list.
    const kitchen = await kitchenApi();
    const onPass = (await kitchen.call('kitchenTickets', {})).tickets;
    expect(onPass.some((ticket) => ticket.id === ticketId)).toBe(false);
    const recallable = (await kitchen.call('kitchenTickets', { query: { status: 'BUMPED' } })).tickets;
    expect(recallable[0]!.id).toBe(ticketId);
  });

  it('each change is audited and emits one ticket.updated event for the till that rang it up', async () => {
    const { order, tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const db = getDb();
    const before = await db.outboxEvent.findFirst({ orderBy: { seq: 'desc' } });
    await bump(tickets[0]!.id);
    const events = await db.outboxEvent.findMany({ where: { seq: { gt: before!.seq } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'ticket.updated',
      payload: {
        ticketId: tickets[0]!.id,
        orderId: order.id,
        action: 'bumped',
        status: 'BUMPED',
        orderCreatedById: demo.users.cashier,
      },
    });
    expect(await db.auditLog.count({ where: { entityId: tickets[0]!.id, action: 'ticket.bumped' } })).toBe(1);
  });

  it('recall brings a bumped ticket back with its items to make again; bumping twice or recalling twice is a 409', async () => {
    const { tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 2 }]);
    const ticketId = tickets[0]!.id;
    expect((await bump(ticketId)).status).toBe(200);
    const again = await bump(ticketId);
    expect(again.status).toBe(409);
    const recalled = await recall(ticketId);
    expect(recalled.status).toBe(200);
    expect(dataOf(recalled).ticket).toMatchObject({
      status: 'IN_PROGRESS',
      bumpedAt: null,
      lines: [{ kitchenStatus: 'SENT' }],
    });
    expect((await recall(ticketId)).status).toBe(409);
  });

  it('refuses an item that is not on the ticket (422), another location’s ticket (404), and a cashier (403)', async () => {
    const { tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const ticketId = tickets[0]!.id;
    const unknown = await bump(ticketId, { lineIds: [randomUUID()] });
    expect(unknown.status).toBe(422);
    expect(errorOf(unknown)?.code).toBe('VALIDATION_FAILED');
    const other = await createOtherLocation(getDb());
    const chef = await createStaff(getDb(), { role: 'KITCHEN', locationId: other.id });
    const outsider = await sessionCookie({ userId: chef.id, locationId: other.id });
    expect((await bump(ticketId, undefined, testApi({ cookie: outsider }))).status).toBe(404);
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    expect((await bump(ticketId, undefined, testApi({ cookie: cashier }))).status).toBe(403);
    const ticket = await getDb().ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(ticket.status).toBe('NEW');
  });

  it('two screens bumping the same ticket at once: one wins, the other gets a 409', async () => {
    const { tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const results = await Promise.all([0, 1, 2].map(() => bump(tickets[0]!.id)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409]);
  });
});
