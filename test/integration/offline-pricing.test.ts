// The till's own answer offline (lib/client/offline/local-order.ts) against the server's: every
// seeded menu item with every modifier choice its groups allow (up to two per group), taken away
// and eaten in, then paid in cash. The lines, totals, VAT bands and what is left due must be the
// server's to the penny, so the total a cashier shows offline is the total the order syncs with.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyLocally, type QueuedRequest } from '@/lib/client/offline/local-order';
import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import { dataOf, testApi } from '../api-client';
import { createOrderAs } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';

/** Every way to choose from one group: `min` to `max` modifiers, at most two (the combinations grow fast). */
function groupChoices(group: TMenuItem['modifierGroups'][number]): string[][] {
  const ids = group.modifiers.map((modifier) => modifier.id);
  const choices: string[][] = [];
  const most = Math.min(group.max, 2, ids.length);
  if (group.min === 0) choices.push([]);
  for (let size = Math.max(1, group.min); size <= most; size += 1) {
    if (size === 1) for (const id of ids) choices.push([id]);
    else
      for (let a = 0; a < ids.length; a += 1)
        for (let b = a + 1; b < ids.length; b += 1) choices.push([ids[a]!, ids[b]!]);
  }
  return choices;
}

function modifierChoices(item: TMenuItem): string[][] {
  return item.modifierGroups.reduce<string[][]>(
    (sofar, group) => sofar.flatMap((chosen) => groupChoices(group).map((choice) => [...chosen, ...choice])),
    [[]],
  );
}

const priceOf = (order: TOrder) => ({
  lines: order.lines.map((line) => ({
    id: line.id,
    name: line.name,
    unitPricePence: line.unitPricePence,
    vatRateBps: line.vatRateBps,
    stationId: line.stationId,
    modifiers: line.modifiers.map(({ modifierId, groupName, name, priceDeltaPence }) => ({
      modifierId,
      groupName,
      name,
      priceDeltaPence,
    })),
    grossPence: line.grossPence,
    discountPence: line.discountPence,
    totalPence: line.totalPence,
    vatPence: line.vatPence,
  })),
  totals: order.totals,
  status: order.status,
});

/** The demo cashier's API, the menu and settings the till keeps, and the till's context for a change. */
async function tillAsCashier() {
  const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
  const api = testApi({ cookie });
  const menu = dataOf(await api.request('menu', {}));
  const me = dataOf(await api.request('me', {}));
  const context = (changeId: string) => ({
    menu,
    serviceChargeBps: me.location.serviceChargeBps,
    user: me.user,
    changeId,
    now: new Date(),
    tableName: null,
    discountLimitBps: null,
  });
  return { cookie, api, menu, context };
}

describe('offline pricing', () => {
  it('the till prices every seeded item and modifier choice as the server does, taken away and eaten in, and paid in cash', async () => {
    const { cookie, api, menu, context } = await tillAsCashier();
    const items = menu.categories.flatMap((category) => category.items).filter((item) => item.isAvailable);
    const wanted = items.flatMap((item) =>
      modifierChoices(item).map((modifierIds, index) => ({ itemId: item.id, modifierIds, quantity: 1 + (index % 3) })),
    );
    expect(items.length).toBeGreaterThan(10);
    expect(wanted.length).toBeGreaterThan(items.length);

    let compared = 0;
    for (const type of ['TAKEAWAY', 'DINE_IN'] as const) {
      for (let start = 0; start < wanted.length; start += 150) {
        const lines = wanted.slice(start, start + 150).map((line) => ({ ...line, id: randomUUID() }));
        const create: QueuedRequest = { name: 'createOrder', body: { id: randomUUID(), type, lines } };
        const local = applyLocally(undefined, create, context(randomUUID()));
        const response = await createOrderAs(cookie, { ...create.body, lines });
        expect(response.status).toBe(201);
        const server = dataOf(response).order;
        expect(priceOf(local)).toEqual(priceOf(server));

        // Half in cash, then the rest with change: the ledger and the order's state follow the server's.
        const half = Math.floor(server.totals.duePence / 2);
        let paidLocally = local;
        let paidOnServer = server;
        for (const amountPence of [half, server.totals.duePence - half]) {
          const key = randomUUID();
          const body = { method: 'CASH' as const, amountPence, tipPence: 0, tenderedPence: amountPence + 500 };
          paidLocally = applyLocally(
            paidLocally,
            { name: 'takePayment', params: { id: server.id }, body },
            context(key),
          );
          paidOnServer = dataOf(
            await api.request('takePayment', { params: { id: server.id }, body, idempotencyKey: key }),
          ).order;
          expect(priceOf(paidLocally)).toEqual(priceOf(paidOnServer));
        }
        expect(paidOnServer.status).toBe('CLOSED');
        compared += lines.length;
      }
    }
    expect(compared).toBe(wanted.length * 2);
  });

  it('line edits, voids and covers made on the till give the order the server makes, and a void on a closed order is refused', async () => {
    const { cookie, api, menu, context } = await tillAsCashier();
    const [first, second] = menu.categories
      .flatMap((category) => category.items)
      .filter((item) => item.isAvailable && item.modifierGroups.every((group) => group.min === 0));
    const lineIds = [randomUUID(), randomUUID()];
    const create: QueuedRequest = {
      name: 'createOrder',
      body: {
        id: randomUUID(),
        type: 'DINE_IN',
        lines: [
          { id: lineIds[0]!, itemId: first!.id, quantity: 1 },
          { id: lineIds[1]!, itemId: second!.id, quantity: 2 },
        ],
      },
    };
    let local = applyLocally(undefined, create, context(randomUUID()));
    const orderId = create.body.id;
    expect((await createOrderAs(cookie, create.body)).status).toBe(201);
    const shape = (order: TOrder) => ({
      ...priceOf(order),
      covers: order.covers,
      voided: order.lines.map((line) => [line.quantity, line.note, line.voidReason, line.voidedAt !== null]),
    });
    const changes: Exclude<QueuedRequest, { name: 'createOrder' }>[] = [
      {
        name: 'updateOrderLine',
        params: { id: orderId, lineId: lineIds[0]! },
        body: { quantity: 3, note: ' no ice ' },
      },
      { name: 'voidOrderLine', params: { id: orderId, lineId: lineIds[1]! }, body: { reason: ' Mis-tap ' } },
      { name: 'updateOrder', params: { id: orderId }, body: { covers: 3 } },
    ];
    for (const change of changes) {
      const key = randomUUID();
      local = applyLocally(local, change, context(key));
      // Sent as the outbox sends it (the union of three endpoints, each answering { order }).
      const answer = await api.request(
        change.name as 'updateOrder',
        {
          params: change.params,
          body: change.body,
          idempotencyKey: key,
        } as never,
      );
      expect(shape(local)).toEqual(shape(dataOf(answer).order));
    }
    const due = local.totals.duePence;
    const pay = { method: 'CASH' as const, amountPence: due, tipPence: 0, tenderedPence: due };
    const paid = dataOf(
      await api.request('takePayment', { params: { id: orderId }, body: pay, idempotencyKey: randomUUID() }),
    ).order;
    expect(paid.status).toBe('CLOSED');
    // What a till that went offline before the payment replays: the till's dead letter.
    const late = await api.request('voidOrderLine', {
      params: { id: orderId, lineId: lineIds[0]! },
      body: { reason: 'Cold' },
      idempotencyKey: randomUUID(),
    });
    expect(late.ok).toBe(false);
    expect(late.status).toBe(409);
  });
});
