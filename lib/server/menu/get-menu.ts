import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

export type GetMenuOptions = { db: DbOrTx; actor: Actor };

/** The menu of the actor's location, in display order; archived categories and items left out. */
export async function getMenu({ db, actor }: GetMenuOptions): Promise<TMenuResponse> {
  assertPermission(actor, 'menu:read');
  const [categories, stations] = await Promise.all([
    db.category.findMany({
      where: { locationId: actor.locationId, isArchived: false },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      include: {
        items: {
          where: { isArchived: false },
          orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
          include: {
            modifierGroups: {
              orderBy: { sortOrder: 'asc' },
              include: {
                group: { include: { modifiers: { where: { isAvailable: true }, orderBy: { sortOrder: 'asc' } } } },
              },
            },
          },
        },
      },
    }),
    db.station.findMany({
      where: { locationId: actor.locationId },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return {
    stations,
    categories: categories.map((category) => ({
      id: category.id,
      name: category.name,
      colour: category.colour,
      vatRateBps: category.vatRateBps,
      takeawayVatRateBps: category.takeawayVatRateBps,
      items: category.items.map((item) => ({
        id: item.id,
        name: item.name,
        description: item.description,
        pricePence: item.pricePence,
        vatRateBps: item.vatRateBps,
        takeawayVatRateBps: item.takeawayVatRateBps,
        stationId: item.stationId,
        isAvailable: item.isAvailable,
        modifierGroups: item.modifierGroups.map(({ group }) => ({
          id: group.id,
          name: group.name,
          min: group.min,
          max: group.max,
          modifiers: group.modifiers.map((modifier) => ({
            id: modifier.id,
            name: modifier.name,
            priceDeltaPence: modifier.priceDeltaPence,
          })),
        })),
      })),
    })),
  };
}
