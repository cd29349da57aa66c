// A manager runs the menu from the back office: categories, items, prices, VAT, stations,
// modifier groups, and 86'ing an item for every till at once.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';

const manager = async () =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }) });
const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });

async function readMenu() {
  return testApi({ cookie: await cashier() }).call('menu', {});
}

describe('menu admin', () => {
  it('adds a category, a station, a modifier group and an item the tills can sell', async () => {
    const api = await manager();
    const category = await api.request('createCategory', { body: { name: 'Smoothies' } });
    expect(category.status).toBe(201);
    const categoryId = dataOf(category).category.id;
    const { station } = await api.call('createStation', { body: { name: 'Juice bar' } });
    const stationId = station.id;
    const group = await api.request('createModifierGroup', {
      body: {
        name: 'Boost',
        min: 0,
        max: 2,
        modifiers: [
          { name: 'Protein', priceDeltaPence: 75 },
          { name: 'Spirulina', priceDeltaPence: 60 },
        ],
      },
    });
    expect(group.status).toBe(201);
    const groupBody = dataOf(group).group;
    const created = await api.request('createItem', {
      body: {
        categoryId,
        name: 'Berry smoothie',
        pricePence: 495,
        vatRateBps: 2000,
        takeawayVatRateBps: 2000,
        stationId,
        modifierGroupIds: [groupBody.id],
      },
    });
    expect(created.status).toBe(201);
    const { item } = dataOf(created);

    const tillMenu = await readMenu();
    expect(tillMenu.categories.find((c) => c.id === categoryId)?.items).toMatchObject([
      { name: 'Berry smoothie', pricePence: 495, stationId, modifierGroups: [{ name: 'Boost', max: 2 }] },
    ]);
    const { order } = dataOf(
      await createOrderAs(await cashier(), {
        type: 'TAKEAWAY',
        lines: [{ itemId: item.id, quantity: 1, modifierIds: [groupBody.modifiers[0]!.id] }],
      }),
    );
    expect(order.totals.totalPence).toBe(570);
    expect(await getDb().outboxEvent.count({ where: { type: 'menu.updated' } })).toBeGreaterThanOrEqual(4);
  });

  it("86'ing an item greys it on every till and refuses new orders; back on, it sells again", async () => {
    const api = await manager();
    const setAvailable = (isAvailable: boolean) =>
      api.call('updateItem', { params: { id: menu.croissant }, body: { isAvailable } });
    const off = await setAvailable(false);
    expect(off.item.isAvailable).toBe(false);
    expect(
      (await readMenu()).categories.flatMap((c) => c.items).find((i) => i.id === menu.croissant)?.isAvailable,
    ).toBe(false);
    expect(
      (await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.croissant, quantity: 1 }] }))
        .status,
    ).toBe(422);
    expect(await getDb().auditLog.count({ where: { action: 'menu.item_86d', entityId: menu.croissant } })).toBe(1);
    await setAvailable(true);
    expect(
      (await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.croissant, quantity: 1 }] }))
        .status,
    ).toBe(201);
  });

  it('a price change applies to new lines only; lines already sold keep their price', async () => {
    const { order: before } = dataOf(
      await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] }),
    );
    await (await manager()).call('updateItem', { params: { id: menu.crisps }, body: { pricePence: 175 } });
    const { order: after } = dataOf(
      await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] }),
    );
    expect(after.totals.totalPence).toBe(175);
    const line = await getDb().orderLine.findFirstOrThrow({ where: { orderId: before.id } });
    expect(line.unitPricePence).toBe(150);
  });

  it('editing a group replaces its options; a removed option is no longer offered', async () => {
    const api = await manager();
    const { groups } = await api.call('listModifierGroups', {});
    const milk = groups.find((group) => group.name === 'Milk')!;
    const keep = milk.modifiers
      .filter((m) => m.name !== 'Almond milk')
      .map((m) => ({ id: m.id, name: m.name, priceDeltaPence: m.name.includes('Oat') ? 50 : 0 }));
    const edited = await api.request('updateModifierGroup', {
      params: { id: milk.id },
      body: { modifiers: [...keep, { name: 'Coconut milk', priceDeltaPence: 45 }] },
    });
    expect(edited.status).toBe(200);
    const names = dataOf(edited).group.modifiers.map((m) => m.name);
    expect(names).toContain('Coconut milk');
    expect(names).not.toContain('Almond milk');
    const flatWhite = (await readMenu()).categories.flatMap((c) => c.items).find((i) => i.id === menu.flatWhite)!;
    expect(flatWhite.modifierGroups[0]!.modifiers.find((m) => m.name === 'Oat milk')?.priceDeltaPence).toBe(50);
  });

  it('refuses impossible rules and references to another menu', async () => {
    const api = await manager();
    const createGroup = (body: ApiBody<'createModifierGroup'>) => api.request('createModifierGroup', { body });
    const createItem = (body: ApiBody<'createItem'>) => api.request('createItem', { body });
    const badRule = await createGroup({
      name: 'Sauce',
      min: 2,
      max: 1,
      modifiers: [{ name: 'Ketchup', priceDeltaPence: 0 }],
    });
    expect(badRule.status).toBe(422);
    const tooFewOptions = await createGroup({
      name: 'Sauce',
      min: 2,
      max: 2,
      modifiers: [{ name: 'Ketchup', priceDeltaPence: 0 }],
    });
    expect(tooFewOptions.status).toBe(422);
    const foreign = await createItem({
      categoryId: demo.locationId,
      name: 'Ghost',
      pricePence: 100,
      vatRateBps: 2000,
      takeawayVatRateBps: 2000,
    });
    expect(foreign.status).toBe(422);
    expect(errorOf(foreign)?.details).toEqual([{ path: 'categoryId', message: 'No such category' }]);
    const fractional = await createItem({
      categoryId: demo.locationId,
      name: 'Half',
      pricePence: 99.5,
      vatRateBps: 2000,
      takeawayVatRateBps: 2000,
    });
    expect(fractional.status).toBe(422);
  });

  it('a category’s VAT defaults fill a new item’s rates the item leaves out; without one the rate is asked for', async () => {
    const api = await manager();
    const suffix = randomUUID().slice(0, 6);
    const created = await api.call('createCategory', {
      body: { name: `Sandwiches ${suffix}`, vatRateBps: 2000, takeawayVatRateBps: 0 },
    });
    expect(created.category).toMatchObject({ vatRateBps: 2000, takeawayVatRateBps: 0 });
    const categoryId = created.category.id;
    const item = (body: Partial<ApiBody<'createItem'>>) =>
      api.request('createItem', {
        body: { categoryId, name: `Ham ${randomUUID().slice(0, 6)}`, pricePence: 450, ...body },
      });

    expect(dataOf(await item({})).item).toMatchObject({ vatRateBps: 2000, takeawayVatRateBps: 0 });
    expect(dataOf(await item({ vatRateBps: 500 })).item).toMatchObject({ vatRateBps: 500, takeawayVatRateBps: 0 });
    expect(dataOf(await item({ takeawayVatRateBps: 2000 })).item).toMatchObject({
      vatRateBps: 2000,
      takeawayVatRateBps: 2000,
    });
    const onMenu = (await readMenu()).categories.find((category) => category.id === categoryId);
    expect(onMenu).toMatchObject({ vatRateBps: 2000, takeawayVatRateBps: 0 });

    await api.call('updateCategory', {
      params: { id: categoryId },
      body: { vatRateBps: null, takeawayVatRateBps: null },
    });
    const count = await getDb().item.count({ where: { categoryId } });
    const refused = await item({});
    expect(refused.status).toBe(422);
    expect(errorOf(refused)?.details).toEqual([
      { path: 'vatRateBps', message: 'Required: the category has no default VAT rate' },
    ]);
    expect(await getDb().item.count({ where: { categoryId } })).toBe(count);
    expect(dataOf(await item({ vatRateBps: 0 })).item).toMatchObject({ vatRateBps: 0, takeawayVatRateBps: 0 });

    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: categoryId, action: 'menu.category_changed' },
    });
    expect(audit.before).toMatchObject({ vatRateBps: 2000, takeawayVatRateBps: 0 });
    expect(audit.after).toMatchObject({ vatRateBps: null, takeawayVatRateBps: null });
  });

  it('refuses a VAT default that is not a rate', async () => {
    const api = await manager();
    const refused = await api.request('createCategory', { body: { name: 'Odd VAT', vatRateBps: 20_001 } });
    expect(refused.status).toBe(422);
    expect(await getDb().category.count({ where: { name: 'Odd VAT' } })).toBe(0);
  });
});
