// Changing an order on the floor: edit lines before send, covers, move and merge tables, fire a
// held course, and discounts within (or above, with approval) the cashier's limit.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import { POST as discountRoute } from '@/app/api/v1/orders/[id]/discounts/route';
import { POST as fireRoute } from '@/app/api/v1/orders/[id]/fire/route';
import { PATCH as updateLineRoute } from '@/app/api/v1/orders/[id]/lines/[lineId]/route';
import { POST as mergeRoute } from '@/app/api/v1/orders/[id]/merge/route';
import { POST as moveRoute } from '@/app/api/v1/orders/[id]/move/route';
import { PATCH as updateOrderRoute } from '@/app/api/v1/orders/[id]/route';
import { POST as sendRoute } from '@/app/api/v1/orders/[id]/send/route';
import { dataOf } from '../api-client';
import { createOrderAs, type LineInput, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, type Handler, sessionCookie } from '../http';

const orderOf = (body: unknown) => (body as { order: TOrder }).order;
const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });

async function tableOrder(tableId: string, lines: LineInput[] = [{ itemId: menu.crisps, quantity: 2 }]) {
  const cookie = await cashier();
  return { cookie, order: dataOf(await createOrderAs(cookie, { type: 'DINE_IN', tableId, lines })).order };
}

const post = (handler: Handler, path: string, params: Record<string, string>, cookie: string, body: unknown = {}) =>
  call(handler, { method: 'POST', path, params, cookie, body });

describe('order changes', () => {
  it('quantity, note, seat and course change before send; after send the line is locked (409)', async () => {
    const { cookie, order } = await tableOrder(menu.table5);
    const lineId = order.lines[0]!.id;
    const path = `/api/v1/orders/${order.id}/lines/${lineId}`;
    const changed = await call(updateLineRoute, {
      method: 'PATCH',
      path,
      params: { id: order.id, lineId },
      cookie,
      body: { quantity: 3, note: 'no salt', seat: 2, course: 1 },
    });
    expect(changed.status).toBe(200);
    expect(orderOf(changed.body).lines[0]).toMatchObject({ quantity: 3, note: 'no salt', seat: 2, totalPence: 450 });
    expect(
      (
        await call(updateLineRoute, {
          method: 'PATCH',
          path,
          params: { id: order.id, lineId },
          cookie,
          body: { quantity: 0 },
        })
      ).status,
    ).toBe(422);
    await post(sendRoute, `/api/v1/orders/${order.id}/send`, { id: order.id }, cookie);
    const locked = await call(updateLineRoute, {
      method: 'PATCH',
      path,
      params: { id: order.id, lineId },
      cookie,
      body: { quantity: 1 },
    });
    expect(locked.status).toBe(409);
  });

  it('covers are updated; a takeaway has no table to move', async () => {
    const { cookie, order } = await tableOrder(menu.table5);
    const updated = await call(updateOrderRoute, {
      method: 'PATCH',
      path: `/api/v1/orders/${order.id}`,
      params: { id: order.id },
      cookie,
      body: { covers: 4 },
    });
    expect(orderOf(updated.body).covers).toBe(4);
    const { order: takeaway } = dataOf(await createOrderAs(cookie, { type: 'TAKEAWAY' }));
    const moved = await post(moveRoute, `/api/v1/orders/${takeaway.id}/move`, { id: takeaway.id }, cookie, {
      tableId: menu.table9,
    });
    expect(moved.status).toBe(409);
  });

  it('moves a table, and merges another table into it', async () => {
    const { cookie, order } = await tableOrder(menu.table5);
    const moved = await post(moveRoute, `/api/v1/orders/${order.id}/move`, { id: order.id }, cookie, {
      tableId: menu.table9,
    });
    expect(orderOf(moved.body)).toMatchObject({ tableId: menu.table9, tableName: '9' });

    const other = (await tableOrder(menu.table5, [{ itemId: menu.croissant, quantity: 1 }])).order;
    await post(sendRoute, `/api/v1/orders/${other.id}/send`, { id: other.id }, cookie);
    const merged = await post(mergeRoute, `/api/v1/orders/${order.id}/merge`, { id: order.id }, cookie, {
      fromOrderId: other.id,
    });
    expect(merged.status).toBe(200);
    const result = orderOf(merged.body);
    expect(result.status).toBe('SENT');
    expect(result.lines.map((line) => line.name)).toEqual(['Crisps', 'Croissant']);
    expect(result.totals.totalPence).toBe(300 + 280);
    const source = await getDb().order.findUniqueOrThrow({ where: { id: other.id } });
    expect(source).toMatchObject({
      status: 'VOIDED',
      mergedIntoId: order.id,
      voidReason: `Merged into order #${order.number}`,
    });
    expect(await getDb().ticket.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      (await post(mergeRoute, `/api/v1/orders/${order.id}/merge`, { id: order.id }, cookie, { fromOrderId: order.id }))
        .status,
    ).toBe(422);
  });

  it('fires a held course: its lines go to the kitchen then', async () => {
    const { cookie, order } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1, course: 1 },
      { itemId: menu.fullEnglish, quantity: 1, course: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    await post(sendRoute, `/api/v1/orders/${order.id}/send`, { id: order.id }, cookie);
    const fired = await post(fireRoute, `/api/v1/orders/${order.id}/fire`, { id: order.id }, cookie, { course: 2 });
    expect(fired.status).toBe(200);
    expect((fired.body as { tickets: TTicket[] }).tickets).toMatchObject([{ stationId: menu.stations.kitchen }]);
    expect(orderOf(fired.body)).toMatchObject({ firedCourse: 2, heldCourses: [] });
  });
});

describe('discounts', () => {
  it('a cashier gives 10 % off the order; 50 % needs a manager PIN', async () => {
    const { cookie, order } = await tableOrder(menu.table5, [
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    // 2 × (£11.50 + 50p sourdough) = £24.00
    const path = `/api/v1/orders/${order.id}/discounts`;
    const ten = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'PERCENT',
      percentBps: 1000,
      reason: 'Regular',
    });
    expect(ten.status).toBe(200);
    expect(orderOf(ten.body).totals).toMatchObject({ discountPence: 240, totalPence: 2160 });
    const half = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'PERCENT',
      percentBps: 5000,
      reason: 'Complaint',
    });
    expect(half.status).toBe(403);
    expect(half.body.error?.details).toEqual({ approvalRequired: true });
    const approved = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'PERCENT',
      percentBps: 5000,
      reason: 'Complaint',
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(200);
    expect(orderOf(approved.body).totals).toMatchObject({ discountPence: 240 + 1080, totalPence: 1080 });
    expect(await getDb().discount.count({ where: { orderId: order.id, approvedById: demo.users.manager } })).toBe(1);
  });

  it('an amount off one line counts against the limit as its share of that line', async () => {
    const { cookie, order } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1 },
      { itemId: menu.croissant, quantity: 1 },
    ]);
    const path = `/api/v1/orders/${order.id}/discounts`;
    const lineId = order.lines[0]!.id; // crisps £1.50: 15p is 10 %, 16p is over
    expect(
      (
        await post(discountRoute, path, { id: order.id }, cookie, {
          kind: 'AMOUNT',
          amountPence: 16,
          lineId,
          reason: 'Dented bag',
        })
      ).status,
    ).toBe(403);
    const ok = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'AMOUNT',
      amountPence: 15,
      lineId,
      reason: 'Dented bag',
    });
    expect(ok.status).toBe(200);
    expect(orderOf(ok.body).lines[0]).toMatchObject({ discountPence: 15, totalPence: 135 });
    expect(orderOf(ok.body).discounts).toMatchObject([{ lineId, kind: 'AMOUNT', amountPence: 15 }]);
  });

  it('a cashier cannot stack discounts past the limit: thirty 10 % discounts give 10 % and 29 refusals', async () => {
    const { cookie, order } = await tableOrder(menu.table5, [
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    // 2 × (£11.50 + 50p sourdough) = £24.00; the probe took £22.00 to 93p this way.
    const path = `/api/v1/orders/${order.id}/discounts`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await post(discountRoute, path, { id: order.id }, cookie, {
        kind: 'PERCENT',
        percentBps: 1000,
        reason: 'Regular',
      });
      statuses.push(response.status);
      if (response.status === 403) expect(response.body.error?.details).toEqual({ approvalRequired: true });
    }
    expect(statuses).toEqual([200, ...Array.from({ length: 29 }, () => 403)]);
    const onePenny = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'AMOUNT',
      amountPence: 1,
      reason: 'Rounding',
    });
    expect(onePenny.status).toBe(403);
    const onALine = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'PERCENT',
      percentBps: 500,
      lineId: order.lines[0]!.id,
      reason: 'Cold toast',
    });
    expect(onALine.status).toBe(403);
    expect(await getDb().discount.count({ where: { orderId: order.id } })).toBe(1);

    const approved = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'PERCENT',
      percentBps: 1000,
      reason: 'Regular',
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(200);
    // £24.00 − 10 % = £21.60, − 10 % = £19.44
    expect(orderOf(approved.body).totals).toMatchObject({ discountPence: 456, totalPence: 1944 });
  });

  it('two line discounts on one item count together against that item', async () => {
    const { cookie, order } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1 },
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    const path = `/api/v1/orders/${order.id}/discounts`;
    const lineId = order.lines[0]!.id; // crisps £1.50: 10 % is 15p
    const first = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'AMOUNT',
      amountPence: 10,
      lineId,
      reason: 'Dented bag',
    });
    expect(first.status).toBe(200);
    const second = await post(discountRoute, path, { id: order.id }, cookie, {
      kind: 'AMOUNT',
      amountPence: 10,
      lineId,
      reason: 'Dented bag',
    });
    expect(second.status).toBe(403);
    expect(second.body.error?.details).toEqual({ approvalRequired: true });
  });

  it('a discount needs exactly one of percentBps or amountPence', async () => {
    const { cookie, order } = await tableOrder(menu.table5);
    const path = `/api/v1/orders/${order.id}/discounts`;
    expect(
      (await post(discountRoute, path, { id: order.id }, cookie, { kind: 'PERCENT', amountPence: 10, reason: 'x' }))
        .status,
    ).toBe(422);
    expect((await post(discountRoute, path, { id: order.id }, cookie, { kind: 'AMOUNT', reason: 'x' })).status).toBe(
      422,
    );
  });
});
