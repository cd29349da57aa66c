'use client';

import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { useMenu } from '@/lib/client/use-menu';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { formatBps } from '@/lib/domain/percent';
import type { TMenuResponse } from '@/lib/schemas/menu';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { Skeleton } from '../../ui/skeleton';
import { VAT_RATE_OPTIONS } from '../menu/vat-select';
import { SettingsSection } from './settings-section';

type Category = TMenuResponse['categories'][number];
type Field = 'vatRateBps' | 'takeawayVatRateBps';

/**
 * Per-category VAT defaults: the rates a new item in the category starts with, eaten in and taken
 * away. Each choice saves at once (its own request, outside the settings form's one Save) and
 * says so beside the row; items already on the menu keep their own rates.
 */
export function CategoryVat() {
  const menu = useMenu();
  return (
    <SettingsSection
      id="category-vat"
      title="VAT by category"
      description={
        <>
          <p>The rates a new item in each category starts with, eaten in and taken away.</p>
          <p>
            Items already on the menu keep their own rates: change those on the Menu page. A menu import uses these when
            a row leaves the VAT empty.
          </p>
        </>
      }
    >
      {menu.data ? (
        menu.data.categories.length ? (
          <ul className="flex flex-col divide-y divide-line">
            {menu.data.categories.map((category) => (
              <CategoryRow key={category.id} category={category} />
            ))}
          </ul>
        ) : (
          <p className="text-base text-ink-muted">No categories yet: add them on the Menu page.</p>
        )
      ) : menu.error ? (
        <Notice tone="error">Could not load the categories. Reload the page to try again.</Notice>
      ) : (
        <Skeleton className="h-32" />
      )}
    </SettingsSection>
  );
}

function CategoryRow({ category }: { category: Category }) {
  const save = useSaveMenu();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function choose(field: Field, value: string) {
    setState(null);
    const rate = value === '' ? null : Number(value);
    try {
      await save.mutateAsync(() => callApi('updateCategory', { params: { id: category.id }, body: { [field]: rate } }));
      setState({ tone: 'success', text: 'Saved' });
    } catch (caught) {
      setState({ tone: 'error', text: caught instanceof ApiError ? caught.message : 'Not saved: try again' });
    }
  }

  const select = (field: Field, label: string) => (
    <Select
      label={label}
      aria-label={`${label} for ${category.name}`}
      value={category[field] === null ? '' : String(category[field])}
      disabled={save.isPending}
      onChange={(event) => void choose(field, event.target.value)}
    >
      <option value="">No default</option>
      {VAT_RATE_OPTIONS.map((rate) => (
        <option key={rate.bps} value={rate.bps}>
          {formatBps(rate.bps)} {rate.name}
        </option>
      ))}
    </Select>
  );

  return (
    <li className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)] items-end gap-4 py-4 first:pt-0 last:pb-0">
      <div className="flex min-h-12 flex-col justify-center">
        <span className="text-lg font-semibold text-ink">{category.name}</span>
        <span
          role={state?.tone === 'error' ? 'alert' : 'status'}
          className={`min-h-5 text-sm ${state?.tone === 'error' ? 'text-danger' : 'text-success'}`}
        >
          {save.isPending ? 'Saving…' : (state?.text ?? '')}
        </span>
      </div>
      {select('vatRateBps', 'Eaten in')}
      {select('takeawayVatRateBps', 'Taken away')}
    </li>
  );
}
