import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { overlaps, type Placement, placementProblem, tableLabel } from '@/lib/domain/floor-plan';
import { AppError } from '@/lib/errors';
import type { TArea, TFloorTable } from '@/lib/schemas/floor';

export type LockedArea = { id: string; name: string; sortOrder: number };

export const FLOOR_TABLE_SELECT = {
  id: true,
  areaId: true,
  name: true,
  seats: true,
  x: true,
  y: true,
  width: true,
  height: true,
  shape: true,
} as const;

type TableRow = Omit<TFloorTable, 'areaId'> & { areaId: string | null };

/** A live table's row as the API answers it (a live table is always on an area). */
export function toFloorTable(row: TableRow): TFloorTable {
  if (!row.areaId) throw new Error(`Table ${row.id} has no area`);
  return { ...row, areaId: row.areaId };
}

/**
 * Locks areas of the actor's location for the rest of the transaction, in id order so two
 * writers never wait on each other crosswise. Table writes take it so that two tables dragged
 * onto one spot at once cannot both land there, and removing an area cannot race a table being
 * put on it. An area of another location is a 404, as if it did not exist.
 */
export async function lockAreas(tx: DbOrTx, locationId: string, areaIds: string[]): Promise<Map<string, LockedArea>> {
  const ids = [...new Set(areaIds)].sort();
  const locked = new Map<string, LockedArea>();
  for (const id of ids) {
    const [area] = await tx.$queryRaw<LockedArea[]>`
      SELECT "id", "name", "sortOrder" FROM "Area"
      WHERE "id" = ${id}::uuid AND "locationId" = ${locationId}::uuid
      FOR UPDATE`;
    if (!area) throw new AppError('NOT_FOUND', { message: 'No such area at this location' });
    locked.set(id, area);
  }
  return locked;
}

/** Locks one area of the actor's location (404 for any other). */
export async function lockArea(tx: DbOrTx, locationId: string, areaId: string): Promise<LockedArea> {
  const area = (await lockAreas(tx, locationId, [areaId])).get(areaId);
  if (!area) throw new AppError('NOT_FOUND', { message: 'No such area at this location' });
  return area;
}

/** Locks a table on the floor plan of the actor's location (404 for a removed or foreign table). */
export async function lockTable(tx: DbOrTx, locationId: string, tableId: string): Promise<TFloorTable> {
  const [row] = await tx.$queryRaw<(Omit<TFloorTable, 'areaId'> & { areaId: string | null })[]>`
    SELECT "id", "areaId", "name", "seats", "x", "y", "width", "height", "shape"::text AS "shape" FROM "Table"
    WHERE "id" = ${tableId}::uuid AND "locationId" = ${locationId}::uuid AND "removedAt" IS NULL
    FOR UPDATE`;
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such table at this location' });
  return toFloorTable(row);
}

/** An area with the number of tables on it now. */
export async function areaWithCount(tx: DbOrTx, area: LockedArea): Promise<TArea> {
  const tableCount = await tx.table.count({ where: { areaId: area.id, removedAt: null } });
  return { id: area.id, name: area.name, sortOrder: area.sortOrder, tableCount };
}

/**
 * Checks that a table fits the grid and covers no other table's cells on its area (the area is
 * locked by the caller). 422 naming the bound, or 409 naming the table in the way.
 */
export async function assertPlacement(
  tx: DbOrTx,
  options: { locationId: string; areaId: string; tableId?: string; placement: Placement },
): Promise<void> {
  const problem = placementProblem(options.placement);
  if (problem) throw new AppError('VALIDATION_FAILED', { message: problem.message, details: [problem] });
  const others = await tx.table.findMany({
    where: {
      locationId: options.locationId,
      areaId: options.areaId,
      removedAt: null,
      ...(options.tableId ? { id: { not: options.tableId } } : {}),
    },
    select: { name: true, x: true, y: true, width: true, height: true },
  });
  const inTheWay = others.find((other) => overlaps(options.placement, other));
  if (inTheWay)
    throw new AppError('CONFLICT', {
      message: `${tableLabel(inTheWay.name)} is already there. Pick a free spot.`,
      details: { reason: 'OVERLAP', table: inTheWay.name },
    });
}

/** A clear 409 for a name already taken (live) or held by a removed table (which may come back). */
export async function assertTableNameFree(
  tx: DbOrTx,
  options: { locationId: string; name: string; tableId?: string },
): Promise<void> {
  const holder = await tx.table.findFirst({
    where: {
      locationId: options.locationId,
      name: options.name,
      ...(options.tableId ? { id: { not: options.tableId } } : {}),
    },
    select: { removedAt: true },
  });
  if (!holder) return;
  throw new AppError('CONFLICT', {
    message: holder.removedAt
      ? `A removed table was called ${options.name}: add a table with that name to bring it back`
      : `There is already a table called ${options.name}`,
    details: { reason: 'DUPLICATE_NAME' },
  });
}
