// The floor plan as the back office edits it: areas (tabs) and the tables drawn on their grid.
import { z } from 'zod';
import { FLOOR_GRID, TABLE_SEATS, TABLE_SIZE } from '@/lib/domain/floor-plan';
import { ZText, ZUuid } from './common';
import { ZTable, ZTableShape } from './menu';

const ZAreaName = ZText.trim().min(1, 'Give the area a name').max(40);
const ZTableName = ZText.trim().min(1, 'Give the table a name').max(20);
const ZSeats = z
  .number()
  .int()
  .min(TABLE_SEATS.min, `A table seats ${TABLE_SEATS.min} to ${TABLE_SEATS.max}`)
  .max(TABLE_SEATS.max, `A table seats ${TABLE_SEATS.min} to ${TABLE_SEATS.max}`);
const gridRange = (axis: 'x' | 'y') => {
  const last = (axis === 'x' ? FLOOR_GRID.columns : FLOOR_GRID.rows) - 1;
  const message = `${axis} must be 0 to ${last}: the floor is ${FLOOR_GRID.columns} columns by ${FLOOR_GRID.rows} rows`;
  return z.number().int(message).min(0, message).max(last, message);
};
const ZCells = z
  .number()
  .int()
  .min(TABLE_SIZE.min, `A table is ${TABLE_SIZE.min} to ${TABLE_SIZE.max} cells each way`)
  .max(TABLE_SIZE.max, `A table is ${TABLE_SIZE.min} to ${TABLE_SIZE.max} cells each way`);

export const ZArea = z.object({
  id: ZUuid,
  name: z.string(),
  sortOrder: z.number().int(),
  /** Tables on the area now (removed tables are not counted). */
  tableCount: z.number().int(),
});
export type TArea = z.infer<typeof ZArea>;
export const ZAreasResponse = z.object({ areas: z.array(ZArea) });
export const ZAreaResponse = z.object({ area: ZArea });

export const ZCreateAreaBody = z.object({ name: ZAreaName }).strict();
/** Rename, or move the tab: `sortOrder` is its place among the tabs (0 first). */
export const ZUpdateAreaBody = z
  .object({ name: ZAreaName.optional(), sortOrder: z.number().int().min(0).max(999).optional() })
  .strict();
export type TUpdateAreaBody = z.infer<typeof ZUpdateAreaBody>;

export const ZFloorTable = ZTable.extend({ areaId: ZUuid });
export type TFloorTable = z.infer<typeof ZFloorTable>;
export const ZFloorTableResponse = z.object({ table: ZFloorTable });

export const ZCreateTableBody = z
  .object({
    areaId: ZUuid,
    name: ZTableName,
    seats: ZSeats,
    x: gridRange('x'),
    y: gridRange('y'),
    shape: ZTableShape.default('SQUARE'),
    width: ZCells.default(1),
    height: ZCells.default(1),
  })
  .strict();
export type TCreateTableBody = z.infer<typeof ZCreateTableBody>;

/** Any of the table's fields; a move to another area sends `areaId` with the new `x` and `y`. */
export const ZUpdateTableBody = z
  .object({
    areaId: ZUuid.optional(),
    name: ZTableName.optional(),
    seats: ZSeats.optional(),
    x: gridRange('x').optional(),
    y: gridRange('y').optional(),
    shape: ZTableShape.optional(),
    width: ZCells.optional(),
    height: ZCells.optional(),
  })
  .strict();
export type TUpdateTableBody = z.infer<typeof ZUpdateTableBody>;
