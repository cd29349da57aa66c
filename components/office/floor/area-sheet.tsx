'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Sheet } from '../../ui/sheet';

export type AreaSheetProps = {
  /** The area being renamed; none when adding one. */
  area?: { name: string; tableCount: number };
  error: string | null;
  isSaving: boolean;
  onSave: (name: string) => void;
  onRemove?: () => void;
  onClose: () => void;
};

/** Add an area, or rename (or remove, once empty) the one open. */
export function AreaSheet({ area, error, isSaving, onSave, onRemove, onClose }: AreaSheetProps) {
  const [name, setName] = useState(area?.name ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  }
  return (
    <Sheet
      placement="center"
      title={area ? `Rename ${area.name}` : 'Add an area'}
      onClose={onClose}
      footer={
        <div className="flex justify-between gap-3">
          {area && onRemove ? (
            <Button
              variant="ghost"
              className="text-danger"
              onClick={onRemove}
              disabled={area.tableCount > 0 || isSaving}
              title={area.tableCount > 0 ? 'Move or remove its tables first' : undefined}
            >
              Remove area
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" form="area-form" busy={isSaving} disabled={!name.trim()}>
            {area ? 'Rename' : 'Add area'}
          </Button>
        </div>
      }
    >
      <form id="area-form" onSubmit={submit} className="flex flex-col gap-4">
        <Field
          label="Area name"
          hint="A room or space, such as Inside, Terrace or Upstairs"
          value={name}
          maxLength={40}
          required
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
        {area && area.tableCount > 0 ? (
          <p className="text-sm text-ink-muted">
            To remove this area, first move or remove its {area.tableCount} {area.tableCount === 1 ? 'table' : 'tables'}
            .
          </p>
        ) : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
      </form>
    </Sheet>
  );
}
