import { randomUUID } from 'node:crypto';
import { apiSignIn, DEMO, expect, test } from '../fixtures';

type Item = {
  id: string;
  name: string;
  pricePence: number;
  modifierGroups: { name: string; min: number; modifiers: { id: string; priceDeltaPence: number }[] }[];
};

test.describe('api: ordering over real HTTP, as a till', () => {
  test('api: a cashier on a paired till creates, sends and voids with the manager PIN; kitchen cannot order', async ({
    pairedTill: page,
  }) => {
    const request = page.request;
    await apiSignIn(request, 'pin', { pin: DEMO.cashier.pin });
    const menu = (await (await request.get('/api/v1/menu')).json()) as { categories: { items: Item[] }[] };
    const items = menu.categories.flatMap((category) => category.items);
    const flatWhite = items.find((item) => item.name === 'Flat white')!;
    const crisps = items.find((item) => item.name === 'Crisps')!;
    const oat = flatWhite.modifierGroups.find((group) => group.name === 'Milk')!.modifiers[2]!;

    const key = randomUUID();
    const body = {
      id: randomUUID(),
      type: 'TAKEAWAY',
      lines: [
        { itemId: flatWhite.id, quantity: 2, modifierIds: [oat.id], pricePence: 1 },
        { itemId: crisps.id, quantity: 1 },
      ],
    };
    const created = await request.post('/api/v1/orders', { data: body, headers: { 'Idempotency-Key': key } });
    expect(created.status()).toBe(201);
    const { order } = await created.json();
    expect(order.totals.totalPence).toBe(2 * (flatWhite.pricePence + oat.priceDeltaPence) + crisps.pricePence);
    const replay = await request.post('/api/v1/orders', { data: body, headers: { 'Idempotency-Key': key } });
    expect((await replay.json()).order.id).toBe(order.id);

    const bad = await request.post('/api/v1/orders', {
      data: { type: 'TAKEAWAY', lines: [{ itemId: flatWhite.id, quantity: 1 }] },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.code).toBe('VALIDATION_FAILED');

    const sent = await request.post(`/api/v1/orders/${order.id}/send`, { data: {} });
    expect(sent.status()).toBe(200);
    const { tickets } = await sent.json();
    expect(tickets).toHaveLength(2); // Bar (coffee) and Counter (crisps)

    const lineId = order.lines[0].id;
    const refused = await request.post(`/api/v1/orders/${order.id}/lines/${lineId}/void`, {
      data: { reason: 'Changed mind' },
    });
    expect(refused.status()).toBe(403);
    const approved = await request.post(`/api/v1/orders/${order.id}/lines/${lineId}/void`, {
      data: { reason: 'Changed mind', approval: { pin: DEMO.manager.pin } },
    });
    expect(approved.status()).toBe(200);
    expect((await approved.json()).order.totals.totalPence).toBe(crisps.pricePence);

    await apiSignIn(request, 'pin', { pin: DEMO.kitchen.pin });
    const kitchen = await request.post('/api/v1/orders', {
      data: { type: 'TAKEAWAY' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(kitchen.status()).toBe(403);
  });
});
