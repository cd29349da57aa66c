// What the kitchen sees after a send: one ticket per station, oldest first, with the lines,
// their choices in menu order, and voided lines marked.
import { describe, expect, it } from 'vitest';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import type { TOrder } from '@/lib/schemas/orders';
import { GET as ticketsRoute } from '@/app/api/v1/kitchen/tickets/route';
import { POST as voidLineRoute } from '@/app/api/v1/orders/[id]/lines/[lineId]/void/route';
import { POST as sendRoute } from '@/app/api/v1/orders/[id]/send/route';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, sessionCookie } from '../http';

const ticketsOf = (body: unknown) => (body as { tickets: TKitchenTicket[] }).tickets;

describe('kitchen tickets', () => {
  it('a send puts one ticket per station on the pass; a station sees only its own', async () => {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const kitchen = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    const order = (
      (
        await createOrderAs(cashier, {
          type: 'DINE_IN',
          tableId: menu.table5,
          lines: [
            { itemId: menu.latte, quantity: 1, modifierIds: [menu.oatMilk, menu.large], note: 'extra hot' },
            { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough], seat: 1 },
            { itemId: menu.crisps, quantity: 1 },
          ],
        })
      ).body as { order: TOrder }
    ).order;
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
