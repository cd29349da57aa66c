// Changing an order on the floor: edit lines before send, covers, move and merge tables, fire a
// held course, and discounts within (or above, with approval) the cashier's limit.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, type LineInput, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';

const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });

async function tableOrder(tableId: string, lines: LineInput[] = [{ itemId: menu.crisps, quantity: 2 }]) {
  const cookie = await cashier();
  const { order } = dataOf(await createOrderAs(cookie, { type: 'DINE_IN', tableId, lines }));
  const api = testApi({ cookie });
  return {
    api,
    order,
    send: (id = order.id) => api.call('sendOrder', { params: { id }, body: {} }),
    discount: (body: ApiBody<'addDiscount'>) => api.request('addDiscount', { params: { id: order.id }, body }),
  };
}

describe('order changes', () => {
  it('quantity, note, seat and course change before send; after send the line is locked (409)', async () => {
    const { api, order, send } = await tableOrder(menu.table5);
    const params = { id: order.id, lineId: order.lines[0]!.id };
    const update = (body: ApiBody<'updateOrderLine'>) => api.request('updateOrderLine', { params, body });
    const changed = await update({ quantity: 3, note: 'no salt', seat: 2, course: 1 });
    expect(changed.status).toBe(200);
    expect(dataOf(changed).order.lines[0]).toMatchObject({ quantity: 3, note: 'no salt', seat: 2, totalPence: 450 });
    expect((await update({ quantity: 0 })).status).toBe(422);
    await send();
    const locked = await update({ quantity: 1 });
    expect(locked.status).toBe(409);
  });

  it('covers are updated; a takeaway has no table to move', async () => {
    const { api, order } = await tableOrder(menu.table5);
    const updated = await api.call('updateOrder', { params: { id: order.id }, body: { covers: 4 } });
    expect(updated.order.covers).toBe(4);
    const { order: takeaway } = await api.call('createOrder', {
      body: { type: 'TAKEAWAY' },
      idempotencyKey: randomUUID(),
    });
    const moved = await api.request('moveOrder', { params: { id: takeaway.id }, body: { tableId: menu.table9 } });
    expect(moved.status).toBe(409);
  });

  it('moves a table, and merges another table into it', async () => {
    const { api, order, send } = await tableOrder(menu.table5);
    const moved = await api.call('moveOrder', { params: { id: order.id }, body: { tableId: menu.table9 } });
    expect(moved.order).toMatchObject({ tableId: menu.table9, tableName: '9' });

    const other = (await tableOrder(menu.table5, [{ itemId: menu.croissant, quantity: 1 }])).order;
    await send(other.id);
    const merge = (fromOrderId: string) =>
      api.request('mergeOrders', { params: { id: order.id }, body: { fromOrderId } });
    const merged = await merge(other.id);
    expect(merged.status).toBe(200);
    const result = dataOf(merged).order;
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
    expect((await merge(order.id)).status).toBe(422);
  });

  it('fires a held course: its lines go to the kitchen then', async () => {
    const { api, order, send } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1, course: 1 },
      { itemId: menu.fullEnglish, quantity: 1, course: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    await send();
    const fired = await api.request('fireCourse', { params: { id: order.id }, body: { course: 2 } });
    expect(fired.status).toBe(200);
    expect(dataOf(fired).tickets).toMatchObject([{ stationId: menu.stations.kitchen }]);
    expect(dataOf(fired).order).toMatchObject({ firedCourse: 2, heldCourses: [] });
  });
});

describe('discounts', () => {
  it('a cashier gives 10 % off the order; 50 % needs a manager PIN', async () => {
    const { order, discount } = await tableOrder(menu.table5, [
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    // 2 × (£11.50 + 50p sourdough) = £24.00
    const ten = await discount({ kind: 'PERCENT', percentBps: 1000, reason: 'Regular' });
    expect(ten.status).toBe(200);
    expect(dataOf(ten).order.totals).toMatchObject({ discountPence: 240, totalPence: 2160 });
    const half = await discount({ kind: 'PERCENT', percentBps: 5000, reason: 'Complaint' });
    expect(half.status).toBe(403);
    expect(errorOf(half)?.details).toEqual({ approvalRequired: true });
    const approved = await discount({
      kind: 'PERCENT',
      percentBps: 5000,
      reason: 'Complaint',
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(200);
    expect(dataOf(approved).order.totals).toMatchObject({ discountPence: 240 + 1080, totalPence: 1080 });
    expect(await getDb().discount.count({ where: { orderId: order.id, approvedById: demo.users.manager } })).toBe(1);
  });

  it('a discount given offline keeps the id the till gave it and applies once however often it is replayed; the same id under another key is refused', async () => {
    const { api, order } = await tableOrder(menu.table5, [{ itemId: menu.crisps, quantity: 2 }]);
    const id = randomUUID();
    // 5 % twice stays within the cashier's 10 %: the clash below is refused for its id alone.
    const body = { id, kind: 'PERCENT' as const, percentBps: 500, reason: 'Regular' };
    const replay = () => api.request('addDiscount', { params: { id: order.id }, body, idempotencyKey: id });
    const first = await replay();
    expect(first.status).toBe(200);
    expect(dataOf(first).order.discounts).toMatchObject([{ id, percentBps: 500 }]);
    const again = await replay();
    expect(again.status).toBe(200);
    expect(dataOf(again).order.totals).toEqual(dataOf(first).order.totals);
    const clash = await api.request('addDiscount', { params: { id: order.id }, body, idempotencyKey: randomUUID() });
    expect(clash.status).toBe(409);
    expect(await getDb().discount.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('an amount off one line counts against the limit as its share of that line', async () => {
    const { order, discount } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1 },
      { itemId: menu.croissant, quantity: 1 },
    ]);
    const lineId = order.lines[0]!.id; // crisps £1.50: 15p is 10 %, 16p is over
    expect((await discount({ kind: 'AMOUNT', amountPence: 16, lineId, reason: 'Dented bag' })).status).toBe(403);
    const ok = await discount({ kind: 'AMOUNT', amountPence: 15, lineId, reason: 'Dented bag' });
    expect(ok.status).toBe(200);
    expect(dataOf(ok).order.lines[0]).toMatchObject({ discountPence: 15, totalPence: 135 });
    expect(dataOf(ok).order.discounts).toMatchObject([{ lineId, kind: 'AMOUNT', amountPence: 15 }]);
  });

  it('a cashier cannot stack discounts past the limit: thirty 10 % discounts give 10 % and 29 refusals', async () => {
    const { order, discount } = await tableOrder(menu.table5, [
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    // 2 × (£11.50 + 50p sourdough) = £24.00; the probe took £22.00 to 93p this way.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await discount({ kind: 'PERCENT', percentBps: 1000, reason: 'Regular' });
      statuses.push(response.status);
      if (response.status === 403) expect(errorOf(response)?.details).toEqual({ approvalRequired: true });
    }
    expect(statuses).toEqual([200, ...Array.from({ length: 29 }, () => 403)]);
    const onePenny = await discount({ kind: 'AMOUNT', amountPence: 1, reason: 'Rounding' });
    expect(onePenny.status).toBe(403);
    const onALine = await discount({
      kind: 'PERCENT',
      percentBps: 500,
      lineId: order.lines[0]!.id,
      reason: 'Cold toast',
    });
    expect(onALine.status).toBe(403);
    expect(await getDb().discount.count({ where: { orderId: order.id } })).toBe(1);

    const approved = await discount({
      kind: 'PERCENT',
      percentBps: 1000,
      reason: 'Regular',
      approval: { pin: demo.manager.pin },
    });
    expect(approved.status).toBe(200);
    // £24.00 − 10 % = £21.60, − 10 % = £19.44
    expect(dataOf(approved).order.totals).toMatchObject({ discountPence: 456, totalPence: 1944 });
  });

  it('two line discounts on one item count together against that item', async () => {
    const { order, discount } = await tableOrder(menu.table5, [
      { itemId: menu.crisps, quantity: 1 },
      { itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] },
    ]);
    const lineId = order.lines[0]!.id; // crisps £1.50: 10 % is 15p
    const first = await discount({ kind: 'AMOUNT', amountPence: 10, lineId, reason: 'Dented bag' });
    expect(first.status).toBe(200);
    const second = await discount({ kind: 'AMOUNT', amountPence: 10, lineId, reason: 'Dented bag' });
    expect(second.status).toBe(403);
    expect(errorOf(second)?.details).toEqual({ approvalRequired: true });
  });

  it('a discount needs exactly one of percentBps or amountPence', async () => {
    const { discount } = await tableOrder(menu.table5);
    expect((await discount({ kind: 'PERCENT', amountPence: 10, reason: 'x' })).status).toBe(422);
    expect((await discount({ kind: 'AMOUNT', reason: 'x' })).status).toBe(422);
  });
});
