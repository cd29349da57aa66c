import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import {
  SAMPLE_AREAS,
  SAMPLE_MENU,
  SAMPLE_MODIFIER_GROUPS,
  SAMPLE_STATIONS,
  STANDARD_VAT_BPS,
} from './sample-menu-data';

/** A stable UUID (v5 layout) for a name, under a namespace (the demo's, or one location's). */
export function stableId(namespace: string, name: string): string {
  const hex = createHash('sha1').update(`${namespace}:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type CreateSampleMenuOptions = {
  locationId: string;
  /**
   * The id of each record by its name (`item:Flat white`): the demo's fixed ids, which tests and
   * e2e refer to, or ids derived from a new location's, so two venues never share one.
   */
  idFor?: (name: string) => string;
};

/**
 * The sample café's stations, modifier groups, categories, items and floor (two areas, twelve
 * tables) at one location, inside the caller's transaction.
 */
export async function createSampleMenu(
  tx: DbOrTx,
  { locationId, idFor = (name) => stableId(locationId, name) }: CreateSampleMenuOptions,
): Promise<void> {
  await tx.station.createMany({
    data: SAMPLE_STATIONS.map((name, index) => ({ id: idFor(`station:${name}`), locationId, name, sortOrder: index })),
  });
  await tx.modifierGroup.createMany({
    data: Object.entries(SAMPLE_MODIFIER_GROUPS).map(([key, group], index) => ({
      id: idFor(`group:${key}`),
      locationId,
      name: group.name,
      min: group.min,
      max: group.max,
      sortOrder: index,
    })),
  });
  await tx.modifier.createMany({
    data: Object.entries(SAMPLE_MODIFIER_GROUPS).flatMap(([key, group]) =>
      group.modifiers.map(([name, priceDeltaPence], index) => ({
        id: idFor(`modifier:${key}:${name}`),
        locationId,
        groupId: idFor(`group:${key}`),
        name,
        priceDeltaPence,
        sortOrder: index,
      })),
    ),
  });
  await tx.category.createMany({
    data: SAMPLE_MENU.map((c, index) => ({
      id: idFor(`category:${c.category}`),
      locationId,
      name: c.category,
      colour: c.colour,
      sortOrder: index,
    })),
  });
  const items = SAMPLE_MENU.flatMap((c) => c.items.map((item, index) => ({ category: c.category, item, index })));
  await tx.item.createMany({
    data: items.map(({ category, item: [name, pricePence, takeawayVatRateBps, station, , description], index }) => ({
      id: idFor(`item:${name}`),
      locationId,
      categoryId: idFor(`category:${category}`),
      name,
      description: description ?? '',
      pricePence,
      vatRateBps: STANDARD_VAT_BPS,
      takeawayVatRateBps,
      stationId: idFor(`station:${station}`),
      sortOrder: index,
    })),
  });
  await tx.itemModifierGroup.createMany({
    data: items.flatMap(({ item: [name, , , , groups] }) =>
      groups.map((group, index) => ({
        locationId,
        itemId: idFor(`item:${name}`),
        groupId: idFor(`group:${group}`),
        sortOrder: index,
      })),
    ),
  });
  for (const [areaIndex, area] of SAMPLE_AREAS.entries()) {
    const areaId = idFor(`area:${area.name}`);
    await tx.area.create({ data: { id: areaId, locationId, name: area.name, sortOrder: areaIndex } });
    await tx.table.createMany({
      data: area.tables.map((name, index) => ({
        id: idFor(`table:${name}`),
        locationId,
        areaId,
        name,
        seats: index % 3 === 0 ? 4 : 2,
        x: index % 4,
        y: Math.floor(index / 4),
      })),
    });
  }
}
