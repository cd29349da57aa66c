import { z } from 'zod';
import { ZBps, ZPence, ZUuid } from './common';

export const ZMenuModifier = z.object({ id: ZUuid, name: z.string(), priceDeltaPence: z.number().int() });
export const ZMenuModifierGroup = z.object({
  id: ZUuid,
  name: z.string(),
  min: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  modifiers: z.array(ZMenuModifier),
});
export const ZMenuItem = z.object({
  id: ZUuid,
  name: z.string(),
  description: z.string(),
  pricePence: ZPence,
  vatRateBps: ZBps,
  takeawayVatRateBps: ZBps,
  stationId: ZUuid.nullable(),
  isAvailable: z.boolean(),
  modifierGroups: z.array(ZMenuModifierGroup),
});
export const ZMenuCategory = z.object({
  id: ZUuid,
  name: z.string(),
  colour: z.string(),
  /** The VAT a new item here starts with (eaten in, taken away); null: no default. */
  vatRateBps: ZBps.nullable(),
  takeawayVatRateBps: ZBps.nullable(),
  items: z.array(ZMenuItem),
});
export const ZMenuStation = z.object({ id: ZUuid, name: z.string() });

export const ZMenuResponse = z
  .object({ categories: z.array(ZMenuCategory), stations: z.array(ZMenuStation) })
  .meta({ id: 'Menu' });

export type TMenuResponse = z.infer<typeof ZMenuResponse>;
export type TMenuItem = z.infer<typeof ZMenuItem>;

/** How a table is drawn, in the office and on the till alike. */
export const ZTableShape = z.enum(['SQUARE', 'ROUND']);
export type TTableShape = z.infer<typeof ZTableShape>;

/** A table on the floor-plan grid (lib/domain/floor-plan.ts): cells from the top left, 0-based. */
export const ZTable = z.object({
  id: ZUuid,
  name: z.string(),
  seats: z.number().int(),
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  shape: ZTableShape,
});
export const ZTablesResponse = z
  .object({
    areas: z.array(z.object({ id: ZUuid, name: z.string(), sortOrder: z.number().int(), tables: z.array(ZTable) })),
  })
  .meta({ id: 'FloorPlan' });
export type TTablesResponse = z.infer<typeof ZTablesResponse>;
