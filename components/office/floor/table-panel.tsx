'use client';

import { Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { TABLE_SEATS, TABLE_SIZE, tableLabel } from '@/lib/domain/floor-plan';
import type { TTableShape, TTablesResponse } from '@/lib/schemas/menu';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Select } from '../../ui/select';

type Table = TTablesResponse['areas'][number]['tables'][number];
export type TableEdit = { name: string; seats: number; shape: TTableShape; width: number; height: number };

export type TablePanelProps = {
  table: Table;
  isSaving: boolean;
  onSave: (changes: Partial<TableEdit>) => void;
  onRemove: () => void;
};

const SIZES = Array.from({ length: TABLE_SIZE.max - TABLE_SIZE.min + 1 }, (_, index) => TABLE_SIZE.min + index);

/** The selected table's details beside the grid: name, seats, shape, size, and removing it. */
export function TablePanel({ table, isSaving, onSave, onRemove }: TablePanelProps) {
  const [name, setName] = useState(table.name);
  const [seats, setSeats] = useState(String(table.seats));
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const seatCount = Number(seats);
  const seatsError =
    Number.isInteger(seatCount) && seatCount >= TABLE_SEATS.min && seatCount <= TABLE_SEATS.max
      ? undefined
      : `Seats ${TABLE_SEATS.min} to ${TABLE_SEATS.max}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (seatsError || !name.trim()) return;
    onSave({ name: name.trim(), seats: seatCount });
  }

  return (
    <aside
      aria-label={`Edit ${tableLabel(table.name)}`}
      className="flex flex-col gap-4 rounded-sheet border border-line bg-surface-raised p-5"
    >
      <h2 className="text-xl font-bold text-ink">{tableLabel(table.name)}</h2>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <Field label="Name" value={name} maxLength={20} required onChange={(event) => setName(event.target.value)} />
        <Field
          label="Seats"
          inputMode="numeric"
          value={seats}
          error={seatsError}
          onChange={(event) => setSeats(event.target.value.replace(/\D/g, ''))}
        />
        <Button type="submit" variant="secondary" busy={isSaving} disabled={name.trim() === '' || Boolean(seatsError)}>
          Save name and seats
        </Button>
      </form>
      <Select
        label="Shape"
        value={table.shape}
        onChange={(event) => onSave({ shape: event.target.value === 'ROUND' ? 'ROUND' : 'SQUARE' })}
      >
        <option value="SQUARE">Square</option>
        <option value="ROUND">Round</option>
      </Select>
      <div className="grid grid-cols-2 gap-3">
        <Select
          label="Width (cells)"
          value={table.width}
          onChange={(event) => onSave({ width: Number(event.target.value) })}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
        <Select
          label="Depth (cells)"
          value={table.height}
          onChange={(event) => onSave({ height: Number(event.target.value) })}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      {confirmingRemove ? (
        <div className="flex flex-col gap-2 rounded-tile border border-danger p-3">
          <p className="text-base text-ink">
            Take {tableLabel(table.name)} off the floor plan? Past orders keep its name.
          </p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={onRemove} busy={isSaving}>
              Remove {tableLabel(table.name)}
            </Button>
            <Button variant="ghost" onClick={() => setConfirmingRemove(false)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="ghost" className="text-danger" onClick={() => setConfirmingRemove(true)}>
          <Trash2 aria-hidden className="size-5" /> Remove table
        </Button>
      )}
    </aside>
  );
}
