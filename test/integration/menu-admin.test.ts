// A manager runs the menu from the back office: categories, items, prices, VAT, stations,
// modifier groups, and 86'ing an item for every till at once.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { TAdminItem } from '@/lib/schemas/menu-admin';
import { POST as createCategory } from '@/app/api/v1/menu/categories/route';
import { PATCH as updateItem } from '@/app/api/v1/menu/items/[id]/route';
import { POST as createItem } from '@/app/api/v1/menu/items/route';
import { PATCH as updateGroup } from '@/app/api/v1/menu/modifier-groups/[id]/route';
import { POST as createGroup, GET as listGroups } from '@/app/api/v1/menu/modifier-groups/route';
import { GET as menuRoute } from '@/app/api/v1/menu/route';
import { POST as createStation } from '@/app/api/v1/stations/route';
import { dataOf } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, sessionCookie } from '../http';

const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
const itemOf = (body: unknown) => (body as { item: TAdminItem }).item;

async function readMenu() {
  return (await call(menuRoute, { path: '/api/v1/menu', cookie: await cashier() })).body as unknown as TMenuResponse;
}

describe('menu admin', () => {
  it('adds a category, a station, a modifier group and an item the tills can sell', async () => {
    const cookie = await manager();
    const category = await call(createCategory, {
      method: 'POST',
      path: '/api/v1/menu/categories',
      cookie,
      body: { name: 'Smoothies' },
    });
    expect(category.status).toBe(201);
    const categoryId = (category.body as { category: { id: string } }).category.id;
    const station = await call(createStation, {
      method: 'POST',
      path: '/api/v1/stations',
      cookie,
      body: { name: 'Juice bar' },
    });
    const stationId = (station.body as { station: { id: string } }).station.id;
    const group = await call(createGroup, {
      method: 'POST',
      path: '/api/v1/menu/modifier-groups',
      cookie,
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
    const groupBody = (group.body as { group: { id: string; modifiers: { id: string }[] } }).group;
    const created = await call(createItem, {
      method: 'POST',
      path: '/api/v1/menu/items',
      cookie,
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
    const item = itemOf(created.body);

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
    const cookie = await manager();
    const path = `/api/v1/menu/items/${menu.croissant}`;
    const off = await call(updateItem, {
      method: 'PATCH',
      path,
      params: { id: menu.croissant },
      cookie,
      body: { isAvailable: false },
    });
    expect(itemOf(off.body).isAvailable).toBe(false);
    expect(
      (await readMenu()).categories.flatMap((c) => c.items).find((i) => i.id === menu.croissant)?.isAvailable,
    ).toBe(false);
    expect(
      (await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.croissant, quantity: 1 }] }))
        .status,
    ).toBe(422);
    expect(await getDb().auditLog.count({ where: { action: 'menu.item_86d', entityId: menu.croissant } })).toBe(1);
    await call(updateItem, {
      method: 'PATCH',
      path,
      params: { id: menu.croissant },
      cookie,
      body: { isAvailable: true },
    });
    expect(
      (await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.croissant, quantity: 1 }] }))
        .status,
    ).toBe(201);
  });

  it('a price change applies to new lines only; lines already sold keep their price', async () => {
    const { order: before } = dataOf(
      await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] }),
    );
    await call(updateItem, {
      method: 'PATCH',
      path: `/api/v1/menu/items/${menu.crisps}`,
      params: { id: menu.crisps },
      cookie: await manager(),
      body: { pricePence: 175 },
    });
    const { order: after } = dataOf(
      await createOrderAs(await cashier(), { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] }),
    );
    expect(after.totals.totalPence).toBe(175);
    const line = await getDb().orderLine.findFirstOrThrow({ where: { orderId: before.id } });
    expect(line.unitPricePence).toBe(150);
  });

  it('editing a group replaces its options; a removed option is no longer offered', async () => {
    const cookie = await manager();
    const groups = (
      (await call(listGroups, { path: '/api/v1/menu/modifier-groups', cookie })).body as {
        groups: { id: string; name: string; modifiers: { id: string; name: string }[] }[];
      }
    ).groups;
    const milk = groups.find((group) => group.name === 'Milk')!;
    const keep = milk.modifiers
      .filter((m) => m.name !== 'Almond milk')
      .map((m) => ({ id: m.id, name: m.name, priceDeltaPence: m.name.includes('Oat') ? 50 : 0 }));
    const edited = await call(updateGroup, {
      method: 'PATCH',
      path: `/api/v1/menu/modifier-groups/${milk.id}`,
      params: { id: milk.id },
      cookie,
      body: { modifiers: [...keep, { name: 'Coconut milk', priceDeltaPence: 45 }] },
    });
    expect(edited.status).toBe(200);
    const names = (edited.body as { group: { modifiers: { name: string }[] } }).group.modifiers.map((m) => m.name);
    expect(names).toContain('Coconut milk');
    expect(names).not.toContain('Almond milk');
    const flatWhite = (await readMenu()).categories.flatMap((c) => c.items).find((i) => i.id === menu.flatWhite)!;
    expect(flatWhite.modifierGroups[0]!.modifiers.find((m) => m.name === 'Oat milk')?.priceDeltaPence).toBe(50);
  });

  it('refuses impossible rules and references to another menu', async () => {
    const cookie = await manager();
    const badRule = await call(createGroup, {
      method: 'POST',
      path: '/api/v1/menu/modifier-groups',
      cookie,
      body: { name: 'Sauce', min: 2, max: 1, modifiers: [{ name: 'Ketchup', priceDeltaPence: 0 }] },
    });
    expect(badRule.status).toBe(422);
    const tooFewOptions = await call(createGroup, {
      method: 'POST',
      path: '/api/v1/menu/modifier-groups',
      cookie,
      body: { name: 'Sauce', min: 2, max: 2, modifiers: [{ name: 'Ketchup', priceDeltaPence: 0 }] },
    });
    expect(tooFewOptions.status).toBe(422);
    const foreign = await call(createItem, {
      method: 'POST',
      path: '/api/v1/menu/items',
      cookie,
      body: { categoryId: demo.locationId, name: 'Ghost', pricePence: 100, vatRateBps: 2000, takeawayVatRateBps: 2000 },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error?.details).toEqual([{ path: 'categoryId', message: 'No such category' }]);
    const fractional = await call(createItem, {
      method: 'POST',
      path: '/api/v1/menu/items',
      cookie,
      body: { categoryId: demo.locationId, name: 'Half', pricePence: 99.5, vatRateBps: 2000, takeawayVatRateBps: 2000 },
    });
    expect(fractional.status).toBe(422);
  });
});
