import { describe, expect, it } from 'vitest';
import { FLOOR_GRID, firstFreeCell, nextTableName, nudge, overlaps, placementProblem, tableLabel } from './floor-plan';

describe('floor plan grid', () => {
  it.each([
    { placement: { x: 0, y: 0, width: 1, height: 1 }, path: null },
    { placement: { x: 11, y: 7, width: 1, height: 1 }, path: null },
    { placement: { x: 8, y: 4, width: 4, height: 4 }, path: null },
    { placement: { x: 12, y: 0, width: 1, height: 1 }, path: 'x' },
    { placement: { x: 9, y: 0, width: 4, height: 1 }, path: 'x' },
    { placement: { x: -1, y: 0, width: 1, height: 1 }, path: 'x' },
    { placement: { x: 0, y: 8, width: 1, height: 1 }, path: 'y' },
    { placement: { x: 0, y: 6, width: 1, height: 3 }, path: 'y' },
  ])('placement $placement → problem at $path', ({ placement, path }) => {
    expect(placementProblem(placement)?.path ?? null).toBe(path);
  });

  it('says the bounds in the message', () => {
    expect(placementProblem({ x: 12, y: 0, width: 1, height: 1 })?.message).toBe(
      'The floor is 12 columns wide: x must be 0 to 11 for a table 1 wide',
    );
    expect(placementProblem({ x: 0, y: 7, width: 1, height: 2 })?.message).toBe(
      'The floor is 8 rows deep: y must be 0 to 6 for a table 2 deep',
    );
  });

  it.each([
    { a: { x: 0, y: 0, width: 2, height: 2 }, b: { x: 1, y: 1, width: 1, height: 1 }, expected: true },
    { a: { x: 0, y: 0, width: 2, height: 1 }, b: { x: 2, y: 0, width: 1, height: 1 }, expected: false },
    { a: { x: 0, y: 0, width: 1, height: 2 }, b: { x: 0, y: 2, width: 1, height: 1 }, expected: false },
    { a: { x: 3, y: 3, width: 1, height: 1 }, b: { x: 3, y: 3, width: 1, height: 1 }, expected: true },
  ])('overlaps($a, $b) = $expected', ({ a, b, expected }) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('finds the first free cell row by row, and null when the area is full', () => {
    expect(firstFreeCell([])).toEqual({ x: 0, y: 0 });
    expect(
      firstFreeCell([
        { x: 0, y: 0, width: 2, height: 1 },
        { x: 3, y: 0, width: 1, height: 1 },
      ]),
    ).toEqual({ x: 2, y: 0 });
    expect(firstFreeCell([{ x: 0, y: 0, width: 1, height: 1 }], { width: 2, height: 2 })).toEqual({ x: 1, y: 0 });
    const full = [{ x: 0, y: 0, width: FLOOR_GRID.columns, height: FLOOR_GRID.rows }];
    expect(firstFreeCell(full)).toBeNull();
  });

  it('nudges a table by arrow keys without leaving the grid', () => {
    const table = { x: 0, y: 7, width: 2, height: 1 };
    expect(nudge(table, -1, 0)).toEqual(table);
    expect(nudge(table, 0, 1)).toEqual(table);
    expect(nudge(table, 1, -1)).toEqual({ ...table, x: 1, y: 6 });
    expect(nudge({ ...table, x: 10 }, 1, 0).x).toBe(10);
  });

  it.each([
    { names: [], expected: '1' },
    { names: ['1', '2', '12', 'Window'], expected: '13' },
    { names: ['Bar', 'Window'], expected: '1' },
  ])('names a new table after $names → $expected', ({ names, expected }) => {
    expect(nextTableName(names)).toBe(expected);
  });

  it('labels numbered tables "Table n" and keeps named ones', () => {
    expect(tableLabel('5')).toBe('Table 5');
    expect(tableLabel('Window')).toBe('Window');
  });
});
