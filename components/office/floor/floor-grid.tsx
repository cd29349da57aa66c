'use client';

import { Users } from 'lucide-react';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { FLOOR_GRID, nudge, type Placement, tableLabel } from '@/lib/domain/floor-plan';
import type { TTablesResponse } from '@/lib/schemas/menu';

type Table = TTablesResponse['areas'][number]['tables'][number];
type Drag = { id: string; pointerId: number; startX: number; startY: number; from: Placement; to: Placement };

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export type FloorGridProps = {
  areaName: string;
  tables: readonly Table[];
  selectedId: string | null;
  onSelect: (tableId: string) => void;
  /** A table dropped (or moved by the arrow keys) on a new cell. */
  onMove: (tableId: string, placement: Placement) => void;
};

/**
 * One area's grid. Tables are dragged with any pointer (mouse, finger, pen) and snap to whole
 * cells; a focused table moves one cell per arrow key, so the plan can be drawn without a mouse.
 */
export function FloorGrid({ areaName, tables, selectedId, onSelect, onMove }: FloorGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);

  function cellSize() {
    const box = gridRef.current?.getBoundingClientRect();
    return box ? { width: box.width / FLOOR_GRID.columns, height: box.height / FLOOR_GRID.rows } : null;
  }

  function down(event: PointerEvent<HTMLButtonElement>, table: Table) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    onSelect(table.id);
    setDrag({
      id: table.id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      from: table,
      to: table,
    });
  }

  function move(event: PointerEvent<HTMLButtonElement>) {
    const cell = cellSize();
    if (!drag || !cell || event.pointerId !== drag.pointerId) return;
    const dx = Math.round((event.clientX - drag.startX) / cell.width);
    const dy = Math.round((event.clientY - drag.startY) / cell.height);
    const to = nudge(drag.from, dx, dy);
    if (to.x !== drag.to.x || to.y !== drag.to.y) setDrag({ ...drag, to });
  }

  function up(event: PointerEvent<HTMLButtonElement>) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.to.x !== drag.from.x || drag.to.y !== drag.from.y) onMove(drag.id, drag.to);
  }

  function key(event: KeyboardEvent<HTMLButtonElement>, table: Table) {
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    onSelect(table.id);
    const to = nudge(table, step[0], step[1]);
    if (to.x !== table.x || to.y !== table.y) onMove(table.id, to);
  }

  return (
    <div
      ref={gridRef}
      role="group"
      aria-label={`${areaName} floor plan, ${FLOOR_GRID.columns} columns by ${FLOOR_GRID.rows} rows`}
      className="relative aspect-[3/2] w-full touch-none select-none overflow-hidden rounded-sheet border border-line bg-surface-raised"
      style={{
        backgroundImage:
          'linear-gradient(to right, var(--color-line) 1px, transparent 1px), linear-gradient(to bottom, var(--color-line) 1px, transparent 1px)',
        backgroundSize: `${100 / FLOOR_GRID.columns}% ${100 / FLOOR_GRID.rows}%`,
      }}
    >
      {tables.map((table) => {
        const at = drag?.id === table.id ? drag.to : table;
        const isSelected = table.id === selectedId;
        return (
          <button
            key={table.id}
            type="button"
            data-table-id={table.id}
            data-shape={table.shape}
            aria-pressed={isSelected}
            aria-label={`${tableLabel(table.name)}, ${table.seats} seats, ${table.shape === 'ROUND' ? 'round' : 'square'}, column ${at.x + 1}, row ${at.y + 1}. Arrow keys move it.`}
            onPointerDown={(event) => down(event, table)}
            onPointerMove={move}
            onPointerUp={up}
            onPointerCancel={() => setDrag(null)}
            onKeyDown={(event) => key(event, table)}
            onClick={() => onSelect(table.id)}
            style={{
              left: `${(at.x / FLOOR_GRID.columns) * 100}%`,
              top: `${(at.y / FLOOR_GRID.rows) * 100}%`,
              width: `${(table.width / FLOOR_GRID.columns) * 100}%`,
              height: `${(table.height / FLOOR_GRID.rows) * 100}%`,
            }}
            className={`absolute flex cursor-grab flex-col items-center justify-center gap-0.5 overflow-hidden border-2 p-1 text-center active:cursor-grabbing ${
              table.shape === 'ROUND' ? 'rounded-full' : 'rounded-tile'
            } ${
              isSelected
                ? 'z-10 border-brand bg-brand-soft text-brand shadow-lg'
                : 'border-ink-muted bg-surface text-ink hover:border-brand'
            } ${drag?.id === table.id ? 'opacity-80' : ''}`}
          >
            <span className="max-w-full truncate text-base font-bold leading-tight">{table.name}</span>
            {/* The seat count as a number by a person icon fits a 44 px cell on the iPad; the label says "seats". */}
            <span aria-hidden className="flex items-center gap-0.5 text-xs leading-none text-ink-muted">
              <Users className="size-3" /> {table.seats}
            </span>
          </button>
        );
      })}
    </div>
  );
}
