'use client';

import { type FormEvent, useState } from 'react';
import { callApi } from '@/lib/client/call-api';
import { ApiError } from '@/lib/client/api-error';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { formatPence, InvalidMoneyError, parsePounds } from '@/lib/domain/money';
import { newItemVatRates } from '@/lib/domain/vat-defaults';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { TModifierGroupsResponse } from '@/lib/schemas/menu-admin';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { VatSelect } from './vat-select';

type Item = TMenuResponse['categories'][number]['items'][number];

/** A chosen VAT rate, or undefined when none was chosen (the API then uses the category's default). */
const vatOf = (value: FormDataEntryValue | null) => (value === null || value === '' ? undefined : Number(value));

export type ItemFormProps = {
  item: Item | null;
  categoryId: string;
  categories: TMenuResponse['categories'];
  stations: TMenuResponse['stations'];
  groups: TModifierGroupsResponse['groups'];
  onDone: () => void;
};

/** Add or edit an item. The price is typed in pounds ("3.40") and parsed to pence, never as a float. */
export function ItemForm({ item, categoryId, categories, stations, groups, onDone }: ItemFormProps) {
  const save = useSaveMenu();
  const [priceError, setPriceError] = useState<string>();
  // A new item starts with its category's VAT defaults, and follows the category chosen.
  const [chosenCategoryId, setChosenCategoryId] = useState(categoryId);
  const defaults = categories.find((category) => category.id === chosenCategoryId);
  // An item keeps its rates; a new one starts from the category's (the rule of lib/domain), and
  // with none there the person chooses: a tax is never guessed.
  const rates = item ?? newItemVatRates({}, defaults ?? null);
  const eatIn = rates?.vatRateBps ?? null;
  const takeaway = rates?.takeawayVatRateBps ?? null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let pricePence: number;
    try {
      pricePence = parsePounds(String(form.get('price')));
    } catch (error) {
      if (error instanceof InvalidMoneyError) return setPriceError('Type a price like 3.40');
      throw error;
    }
    setPriceError(undefined);
    const stationId = String(form.get('stationId'));
    const body = {
      categoryId: String(form.get('categoryId')),
      name: String(form.get('name')),
      description: String(form.get('description') ?? ''),
      pricePence,
      vatRateBps: vatOf(form.get('vatRateBps')),
      takeawayVatRateBps: vatOf(form.get('takeawayVatRateBps')),
      stationId: stationId || null,
      modifierGroupIds: form.getAll('modifierGroupIds').map(String),
    };
    await save.mutateAsync(
      item ? () => callApi('updateItem', { params: { id: item.id }, body }) : () => callApi('createItem', { body }),
    );
    onDone();
  }

  const chosen = new Set(item?.modifierGroups.map((group) => group.id));
  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} className="@container flex flex-col gap-4">
      {save.error ? (
        <Notice tone="error">
          {save.error instanceof ApiError ? save.error.message : 'Could not save. Try again.'}
        </Notice>
      ) : null}
      <Field label="Name" name="name" defaultValue={item?.name} required maxLength={60} />
      <Field
        label="Price (VAT included, £)"
        name="price"
        inputMode="decimal"
        defaultValue={item ? formatPence(item.pricePence).replace(/[£,]/g, '') : ''}
        error={priceError}
        required
      />
      {/* Side by side where the panel is wide enough to read "20 % standard" whole. */}
      <div key={item ? item.id : chosenCategoryId} className="grid grid-cols-1 gap-3 @sm:grid-cols-2">
        <VatSelect label="VAT eaten in" name="vatRateBps" defaultValue={eatIn} />
        <VatSelect label="VAT taken away" name="takeawayVatRateBps" defaultValue={takeaway} />
      </div>
      <Select
        label="Category"
        name="categoryId"
        defaultValue={categoryId}
        onChange={(event) => setChosenCategoryId(event.target.value)}
      >
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </Select>
      <Select label="Kitchen station" name="stationId" defaultValue={item?.stationId ?? ''}>
        <option value="">No ticket (nothing to prepare)</option>
        {stations.map((station) => (
          <option key={station.id} value={station.id}>
            {station.name}
          </option>
        ))}
      </Select>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-ink">Modifier groups</legend>
        {groups.map((group) => (
          <label key={group.id} className="flex min-h-11 items-center gap-3 text-base text-ink">
            <input
              type="checkbox"
              name="modifierGroupIds"
              value={group.id}
              defaultChecked={chosen.has(group.id)}
              className="size-5 shrink-0"
            />
            {group.name}{' '}
            <span className="text-sm text-ink-muted">({group.modifiers.map((m) => m.name).join(', ')})</span>
          </label>
        ))}
      </fieldset>
      <Field label="Description (optional)" name="description" defaultValue={item?.description} maxLength={300} />
      <Button type="submit" size="lg" busy={save.isPending}>
        {item ? 'Save changes' : 'Add item'}
      </Button>
    </form>
  );
}
