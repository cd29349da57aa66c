// What the kitchen sees after a send: one ticket per station, oldest first, with the lines,
// their choices in menu order, and voided lines marked.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { POST as bumpRoute } from '@/app/api/v1/kitchen/tickets/[id]/bump/route';
import { POST as recallRoute } from '@/app/api/v1/kitchen/tickets/[id]/recall/route';
import { POST as startRoute } from '@/app/api/v1/kitchen/tickets/[id]/start/route';
import { GET as ticketsRoute } from '@/app/api/v1/kitchen/tickets/route';
import { POST as voidLineRoute } from '@/app/api/v1/orders/[id]/lines/[lineId]/void/route';
import { POST as sendRoute } from '@/app/api/v1/orders/[id]/send/route';
import { dataOf } from '../api-client';
import { createOrderAs, type LineInput, menu } from '../factories/orders';
import { createOtherLocation, createStaff, demo } from '../factories/staff';
import { call, type Handler, sessionCookie } from '../http';

const ticketsOf = (body: unknown) => (body as { tickets: TKitchenTicket[] }).tickets;

describe('kitchen tickets', () => {
  it('a send puts one ticket per station on the pass; a station sees only its own', async () => {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const kitchen = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
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
    await call(sendRoute, {
      method: 'POST',
      path: `/api/v1/orders/${order.id}/send`,
      params: { id: order.id },
      cookie: cashier,
    });

    const all = ticketsOf((await call(ticketsRoute, { path: '/api/v1/kitchen/tickets', cookie: kitchen })).body).filter(
      (t) => t.orderId === order.id,
    );
    expect(all.map((ticket) => ticket.stationId).sort()).toEqual(
      [menu.stations.bar, menu.stations.counter, menu.stations.kitchen].sort(),
    );
    const bar = ticketsOf(
      (await call(ticketsRoute, { path: `/api/v1/kitchen/tickets?stationId=${menu.stations.bar}`, cookie: kitchen }))
        .body,
    ).filter((t) => t.orderId === order.id);
    expect(bar).toHaveLength(1);
    expect(bar[0]).toMatchObject({
      orderNumber: order.number,
      tableName: '5',
      status: 'NEW',
      server: { id: demo.users.cashier, name: demo.cashier.name },
      lines: [{ name: 'Latte', quantity: 1, modifiers: ['Large', 'Oat milk'], note: 'extra hot', voided: false }],
    });

    const breakfast = order.lines[1]!;
    await call(voidLineRoute, {
      method: 'POST',
      path: `/api/v1/orders/${order.id}/lines/${breakfast.id}/void`,
      params: { id: order.id, lineId: breakfast.id },
      cookie: cashier,
      body: { reason: 'Made wrong', approval: { pin: demo.manager.pin } },
    });
    const kitchenTicket = ticketsOf(
      (
        await call(ticketsRoute, {
          path: `/api/v1/kitchen/tickets?stationId=${menu.stations.kitchen}`,
          cookie: kitchen,
        })
      ).body,
    ).find((t) => t.orderId === order.id);
    expect(kitchenTicket?.lines).toMatchObject([{ name: 'Full English', quantity: 2, seat: 1, voided: true }]);
  });

  it('refuses an unknown status filter', async () => {
    const kitchen = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    expect((await call(ticketsRoute, { path: '/api/v1/kitchen/tickets?status=COOKING', cookie: kitchen })).status).toBe(
      422,
    );
  });
});

describe('kitchen actions: start, bump, recall', () => {
  async function sentOrder(lines: LineInput[]) {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const { order } = dataOf(await createOrderAs(cashier, { type: 'TAKEAWAY', lines }));
    const sent = await call(sendRoute, {
      method: 'POST',
      path: `/api/v1/orders/${order.id}/send`,
      params: { id: order.id },
      cookie: cashier,
    });
    return { order, tickets: (sent.body as { tickets: { id: string; stationId: string }[] }).tickets };
  }
  const kitchenCookie = () => sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
  const act = async (handler: Handler, action: string, ticketId: string, body?: unknown, cookie?: string) =>
    call(handler, {
      method: 'POST',
      path: `/api/v1/kitchen/tickets/${ticketId}/${action}`,
      params: { id: ticketId },
      body,
      cookie: cookie ?? (await kitchenCookie()),
    });

  it('bumping items one by one keeps the ticket until the last; the order lines turn READY; records prep times', async () => {
    const { order, tickets } = await sentOrder([
      { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough] },
      { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough], seat: 2 },
    ]);
    const ticketId = tickets[0]!.id;
    const [first, second] = order.lines;

    const started = await act(startRoute, 'start', ticketId);
    expect(started.status).toBe(200);
    expect((started.body as { ticket: TKitchenTicket }).ticket).toMatchObject({ status: 'IN_PROGRESS' });

    const partly = await act(bumpRoute, 'bump', ticketId, { lineIds: [first!.id] });
    expect((partly.body as { ticket: TKitchenTicket }).ticket).toMatchObject({
      status: 'IN_PROGRESS',
      bumpedAt: null,
      lines: [
        { id: first!.id, kitchenStatus: 'READY' },
        { id: second!.id, kitchenStatus: 'SENT' },
      ],
    });
    const done = (await act(bumpRoute, 'bump', ticketId, { lineIds: [second!.id] })).body as { ticket: TKitchenTicket };
    expect(done.ticket.status).toBe('BUMPED');
    expect(done.ticket.startedAt).not.toBeNull();
    expect(done.ticket.readyAt).not.toBeNull();
    expect(done.ticket.bumpedAt).not.toBeNull();
    const lines = await getDb().orderLine.findMany({ where: { orderId: order.id } });
    expect(lines.map((line) => line.kitchenStatus)).toEqual(['READY', 'READY']);

    // It left the pass; it is the first in the recall list.
    const onPass = ticketsOf(
      (await call(ticketsRoute, { path: '/api/v1/kitchen/tickets', cookie: await kitchenCookie() })).body,
    );
    expect(onPass.some((ticket) => ticket.id === ticketId)).toBe(false);
    const recallable = ticketsOf(
      (await call(ticketsRoute, { path: '/api/v1/kitchen/tickets?status=BUMPED', cookie: await kitchenCookie() })).body,
    );
    expect(recallable[0]!.id).toBe(ticketId);
  });

  it('each change is audited and emits one ticket.updated event for the till that rang it up', async () => {
    const { order, tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const db = getDb();
    const before = await db.outboxEvent.findFirst({ orderBy: { seq: 'desc' } });
    await act(bumpRoute, 'bump', tickets[0]!.id);
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
    expect((await act(bumpRoute, 'bump', ticketId)).status).toBe(200);
    const again = await act(bumpRoute, 'bump', ticketId);
    expect(again.status).toBe(409);
    const recalled = await act(recallRoute, 'recall', ticketId);
    expect(recalled.status).toBe(200);
    expect((recalled.body as { ticket: TKitchenTicket }).ticket).toMatchObject({
      status: 'IN_PROGRESS',
      bumpedAt: null,
      lines: [{ kitchenStatus: 'SENT' }],
    });
    expect((await act(recallRoute, 'recall', ticketId)).status).toBe(409);
  });

  it('refuses an item that is not on the ticket (422), another location’s ticket (404), and a cashier (403)', async () => {
    const { tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const ticketId = tickets[0]!.id;
    const unknown = await act(bumpRoute, 'bump', ticketId, { lineIds: [randomUUID()] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.code).toBe('VALIDATION_FAILED');
    const other = await createOtherLocation(getDb());
    const chef = await createStaff(getDb(), { role: 'KITCHEN', locationId: other.id });
    const outsider = await sessionCookie({ userId: chef.id, locationId: other.id });
    expect((await act(bumpRoute, 'bump', ticketId, undefined, outsider)).status).toBe(404);
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    expect((await act(bumpRoute, 'bump', ticketId, undefined, cashier)).status).toBe(403);
    const ticket = await getDb().ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(ticket.status).toBe('NEW');
  });

  it('two screens bumping the same ticket at once: one wins, the other gets a 409', async () => {
    const { tickets } = await sentOrder([{ itemId: menu.crisps, quantity: 1 }]);
    const results = await Promise.all([0, 1, 2].map(() => act(bumpRoute, 'bump', tickets[0]!.id)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409]);
  });
});
