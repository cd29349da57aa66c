'use client';

import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { callApi } from '@/lib/client/call-api';
import { ApiError } from '@/lib/client/api-error';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { InvalidMoneyError, parsePounds } from '@/lib/domain/money';
import type { TModifierGroupsResponse } from '@/lib/schemas/menu-admin';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

type Group = TModifierGroupsResponse['groups'][number];
type Row = { key: string; id?: string; name: string; price: string };

const toPrice = (pence: number) => (pence < 0 ? '-' : '') + (Math.abs(pence) / 100).toFixed(2);

/** Add or edit a modifier group: its name, how many to choose, and its options with price changes. */
export function GroupForm({ group, onDone }: { group: Group | null; onDone: () => void }) {
  const save = useSaveMenu();
  const [rows, setRows] = useState<Row[]>(
    () =>
      group?.modifiers.map((m) => ({ key: m.id, id: m.id, name: m.name, price: toPrice(m.priceDeltaPence) })) ?? [
        { key: 'new-0', name: '', price: '0.00' },
      ],
  );
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let modifiers;
    try {
      modifiers = rows.map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        name: row.name,
        priceDeltaPence: row.price.trim().startsWith('-')
          ? -parsePounds(row.price.trim().slice(1))
          : parsePounds(row.price),
      }));
    } catch (error) {
      if (error instanceof InvalidMoneyError)
        return setProblem('Type each price change like 0.40 (or -0.50 to take off)');
      throw error;
    }
    setProblem(undefined);
    const body = {
      name: String(form.get('name')),
      min: Number(form.get('min')),
      max: Number(form.get('max')),
      modifiers,
    };
    await save.mutateAsync(
      group
        ? () => callApi('updateModifierGroup', { params: { id: group.id }, body })
        : () => callApi('createModifierGroup', { body }),
    );
    onDone();
  }

  const update = (key: string, change: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} className="flex flex-col gap-4">
      {problem || save.error ? (
        <Notice tone="error">
          {problem ?? (save.error instanceof ApiError ? save.error.message : 'Could not save. Try again.')}
        </Notice>
      ) : null}
      <Field
        label="Group name"
        name="name"
        defaultValue={group?.name}
        placeholder="e.g. Milk"
        required
        maxLength={60}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Choose at least"
          name="min"
          type="number"
          min={0}
          max={20}
          defaultValue={group?.min ?? 0}
          hint="0 = optional"
        />
        <Field label="Choose at most" name="max" type="number" min={1} max={20} defaultValue={group?.max ?? 1} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-ink">Options and price changes (£)</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="flex items-center gap-2">
            <input
              aria-label={`Option ${index + 1} name`}
              value={row.name}
              onChange={(e) => update(row.key, { name: e.target.value })}
              required
              maxLength={60}
              className="min-h-11 flex-1 rounded-tile border border-line px-3 text-base"
            />
            <input
              aria-label={`Option ${index + 1} price change`}
              value={row.price}
              onChange={(e) => update(row.key, { price: e.target.value })}
              inputMode="decimal"
              className="tabular min-h-11 w-24 rounded-tile border border-line px-3 text-right text-base"
            />
            <button
              type="button"
              aria-label={`Remove option ${index + 1}`}
              disabled={rows.length === 1}
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              className="flex size-11 items-center justify-center rounded-tile text-danger disabled:opacity-30"
            >
              <Trash2 aria-hidden className="size-5" />
            </button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            setRows((current) => [...current, { key: `new-${current.length}-${Date.now()}`, name: '', price: '0.00' }])
          }
        >
          <Plus aria-hidden className="size-5" /> Add an option
        </Button>
      </fieldset>
      <Button type="submit" size="lg" busy={save.isPending}>
        {group ? 'Save group' : 'Add group'}
      </Button>
    </form>
  );
}
