import { randomUUID } from 'node:crypto';
import { type ApiBody, apiSignIn, dataOf, DEMO, e2eApi, errorOf, expect, menuItems, test } from '../fixtures';

test.describe('api: ordering over real HTTP, as a till', () => {
  test('api: a cashier on a paired till creates, sends and voids with the manager PIN; kitchen cannot order', async ({
    pairedTill: page,
  }) => {
    const request = page.request;
    const api = e2eApi(request);
    await apiSignIn(request, 'pin', { pin: DEMO.cashier.pin });
    const items = await menuItems(api);
    const flatWhite = items.find((item) => item.name === 'Flat white')!;
    const crisps = items.find((item) => item.name === 'Crisps')!;
    const oat = flatWhite.modifierGroups.find((group) => group.name === 'Milk')!.modifiers[2]!;

    const key = randomUUID();
    const body: ApiBody<'createOrder'> = {
      id: randomUUID(),
      type: 'TAKEAWAY',
      lines: [
        { itemId: flatWhite.id, quantity: 2, modifierIds: [oat.id], pricePence: 1 },
        { itemId: crisps.id, quantity: 1 },
      ],
    };
    const created = await api.request('createOrder', { body, idempotencyKey: key });
    expect(created.status).toBe(201);
    const { order } = dataOf(created);
    expect(order.totals.totalPence).toBe(2 * (flatWhite.pricePence + oat.priceDeltaPence) + crisps.pricePence);
    const replay = await api.request('createOrder', { body, idempotencyKey: key });
    expect(dataOf(replay).order.id).toBe(order.id);

    const bad = await api.request('createOrder', {
      body: { type: 'TAKEAWAY', lines: [{ itemId: flatWhite.id, quantity: 1 }] },
      idempotencyKey: randomUUID(),
    });
    expect(bad.status).toBe(422);
    expect(errorOf(bad)?.code).toBe('VALIDATION_FAILED');

    const sent = await api.request('sendOrder', { params: { id: order.id }, body: {} });
    expect(sent.status).toBe(200);
    const { tickets } = dataOf(sent);
    expect(tickets).toHaveLength(2); // Bar (coffee) and Counter (crisps)

    const voidLine = { id: order.id, lineId: order.lines[0]!.id };
    const refused = await api.request('voidOrderLine', { params: voidLine, body: { reason: 'Changed mind' } });
    expect(refused.status).toBe(403);
    const approved = await api.request('voidOrderLine', {
      params: voidLine,
      body: { reason: 'Changed mind', approval: { pin: DEMO.manager.pin } },
    });
    expect(approved.status).toBe(200);
    expect(dataOf(approved).order.totals.totalPence).toBe(crisps.pricePence);

    await apiSignIn(request, 'pin', { pin: DEMO.kitchen.pin });
    const kitchen = await api.request('createOrder', { body: { type: 'TAKEAWAY' }, idempotencyKey: randomUUID() });
    expect(kitchen.status).toBe(403);
  });
});
