'use client';

import { useState } from 'react';
import { callApi } from '@/lib/client/call-api';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import type { TMenuResponse } from '@/lib/schemas/menu';
import { Button } from '../../ui/button';

type Category = TMenuResponse['categories'][number];

/** A category's items with their price, VAT, station, and the one-tap 86 switch. */
export function ItemsTable({
  category,
  stations,
  onEdit,
}: {
  category: Category;
  stations: TMenuResponse['stations'];
  onEdit: (itemId: string) => void;
}) {
  const save = useSaveMenu();
  // The item whose switch was tapped last, so only its button spins.
  const [switchedItemId, setSwitchedItemId] = useState<string | null>(null);
  const stationName = new Map(stations.map((station) => [station.id, station.name]));
  if (category.items.length === 0) return <p className="text-base text-ink-muted">No items in {category.name} yet.</p>;
  return (
    <table className="w-full rounded-tile bg-surface-raised text-left">
      <thead className="border-b border-line text-sm text-ink-muted">
        <tr>
          <th className="p-3 font-semibold">Item</th>
          <th className="p-3 text-right font-semibold">Price</th>
          <th className="p-3 font-semibold">VAT in / away</th>
          <th className="p-3 font-semibold">Station</th>
          <th className="p-3 font-semibold">On the tills</th>
          <th className="p-3" />
        </tr>
      </thead>
      <tbody>
        {category.items.map((item) => {
          const busy = save.isPending && switchedItemId === item.id;
          return (
            <tr key={item.id} className="border-b border-line last:border-0">
              <td className="p-3">
                <span className="font-semibold text-ink">{item.name}</span>
                {item.modifierGroups.length ? (
                  <span className="block text-sm text-ink-muted">
                    {item.modifierGroups.map((group) => group.name).join(' · ')}
                  </span>
                ) : null}
              </td>
              <td className="tabular p-3 text-right text-ink">{formatPence(item.pricePence)}</td>
              <td className="p-3 text-ink">
                {formatBps(item.vatRateBps)} / {formatBps(item.takeawayVatRateBps)}
              </td>
              <td className="p-3 text-ink">{item.stationId ? stationName.get(item.stationId) : '—'}</td>
              <td className="p-3">
                <Button
                  variant={item.isAvailable ? 'secondary' : 'danger'}
                  busy={busy}
                  aria-pressed={!item.isAvailable}
                  aria-label={`${item.name}: ${item.isAvailable ? 'on sale, tap to mark sold out' : "sold out (86'd), tap to put back on sale"}`}
                  onClick={() => {
                    setSwitchedItemId(item.id);
                    save.mutate(() =>
                      callApi('updateItem', { params: { id: item.id }, body: { isAvailable: !item.isAvailable } }),
                    );
                  }}
                >
                  {item.isAvailable ? 'On sale' : "Sold out · 86'd"}
                </Button>
              </td>
              <td className="p-3 text-right">
                <Button variant="ghost" onClick={() => onEdit(item.id)}>
                  Edit
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
