'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { Button } from '../../ui/button';

/** A one-field form that adds something by name (a category, a station) with `create`. */
export function InlineAdd({ label, create }: { label: string; create: (name: string) => Promise<unknown> }) {
  const save = useSaveMenu();
  const [name, setName] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await save.mutateAsync(() => create(name));
    setName('');
  }
  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} className="flex flex-col gap-2">
      <div className="flex gap-2">
        <input
          aria-label={label}
          placeholder={label}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={60}
          className="min-h-11 min-w-0 flex-1 rounded-tile border border-line bg-surface-raised px-3 text-base"
        />
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Add
        </Button>
      </div>
      {save.error ? (
        <p className="text-sm text-danger">{save.error instanceof ApiError ? save.error.message : 'Could not add'}</p>
      ) : null}
    </form>
  );
}
