// The floor-plan grid that the office draws tables on and the till lays its Tables view out by.

/**
 * The grid every area is drawn on: 12 columns by 8 rows. Small enough that a table keeps a
 * readable tile on the iPad's Tables view (1180 px across 12 columns), big enough for a café or
 * a small restaurant's room.
 */
export const FLOOR_GRID = { columns: 12, rows: 8 } as const;
/** A table covers 1 to 4 cells each way (a long table for a party is 4 × 1). */
export const TABLE_SIZE = { min: 1, max: 4 } as const;
export const TABLE_SEATS = { min: 1, max: 30 } as const;

export type Placement = { x: number; y: number; width: number; height: number };

/** Why a placement does not fit the grid, in words a manager can act on; null when it fits. */
export function placementProblem({ x, y, width, height }: Placement): { path: string; message: string } | null {
  const { columns, rows } = FLOOR_GRID;
  if (x < 0 || x + width > columns)
    return {
      path: 'x',
      message: `The floor is ${columns} columns wide: x must be 0 to ${columns - width} for a table ${width} wide`,
    };
  if (y < 0 || y + height > rows)
    return {
      path: 'y',
      message: `The floor is ${rows} rows deep: y must be 0 to ${rows - height} for a table ${height} deep`,
    };
  return null;
}

/** Whether two tables would cover a common cell. */
export function overlaps(a: Placement, b: Placement): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The first cell (row by row, left to right) where a table of this size fits; null when the area is full. */
export function firstFreeCell(
  tables: readonly Placement[],
  size: { width: number; height: number } = { width: 1, height: 1 },
): { x: number; y: number } | null {
  for (let y = 0; y + size.height <= FLOOR_GRID.rows; y += 1) {
    for (let x = 0; x + size.width <= FLOOR_GRID.columns; x += 1) {
      const candidate = { x, y, ...size };
      if (!tables.some((table) => overlaps(candidate, table))) return { x, y };
    }
  }
  return null;
}

/** A placement moved by a step (arrow keys), kept inside the grid. */
export function nudge(placement: Placement, dx: number, dy: number): Placement {
  return {
    ...placement,
    x: Math.min(Math.max(0, placement.x + dx), FLOOR_GRID.columns - placement.width),
    y: Math.min(Math.max(0, placement.y + dy), FLOOR_GRID.rows - placement.height),
  };
}

/** "5" → "Table 5"; a named table ("Window") keeps its name. */
export function tableLabel(name: string): string {
  return /^\d+$/.test(name) ? `Table ${name}` : name;
}

/** The name for a new table: one more than the highest numbered table ("12" → "13"), "1" for the first. */
export function nextTableName(names: readonly string[]): string {
  const numbers = names.filter((name) => /^\d+$/.test(name)).map(Number);
  return String(Math.max(0, ...numbers) + 1);
}
