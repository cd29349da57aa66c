'use client';

import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useNow } from '@/lib/client/use-now';
import { useOrders, useTables } from '@/lib/client/use-orders';
import type { TTablesResponse } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { TableTile } from './table-tile';
import { Skeleton } from '../ui/skeleton';
import { Tabs } from '../ui/tabs';

type Table = TTablesResponse['areas'][number]['tables'][number];

export type TablesViewProps = {
  backLabel: string;
  onOpenOrder: (order: TOrder) => void;
  onStartTable: (table: Table) => void;
  onBack: () => void;
};

/** The floor plan, area by area, laid out as in the office; each table shows whether it is free, open or sent. */
export function TablesView({ backLabel, onOpenOrder, onStartTable, onBack }: TablesViewProps) {
  const tables = useTables();
  const orders = useOrders({ refetchIntervalMs: 15_000 });
  const now = useNow();
  const [areaId, setAreaId] = useState<string | null>(null);
  const areas = tables.data?.areas ?? [];
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0];
  const byTable = new Map<string, TOrder[]>();
  for (const order of orders.data?.orders ?? []) {
    if (order.tableId) byTable.set(order.tableId, [...(byTable.get(order.tableId) ?? []), order]);
  }
  const columns = Math.max(4, ...(area?.tables.map((table) => table.x + table.width) ?? []));

  return (
    <section aria-labelledby="tables-heading" className="flex min-h-0 flex-col gap-4 overflow-y-auto p-6">
      <div className="flex items-center gap-4">
        <Button variant="secondary" size="lg" onClick={onBack}>
          <ArrowLeft aria-hidden className="size-5" /> {backLabel}
        </Button>
        <h2 id="tables-heading" className="text-3xl font-bold text-ink">
          Tables
        </h2>
        <Tabs
          label="Areas"
          size="lg"
          className="ml-auto"
          options={areas.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          selected={area?.id}
          onSelect={setAreaId}
        />
      </div>
      {tables.isError ? <Notice tone="error">Could not load the tables: {tables.error.message}</Notice> : null}
      {orders.isError ? <Notice tone="warning">Table states may be out of date: {orders.error.message}</Notice> : null}
      <div
        role="tabpanel"
        aria-label={area?.name ?? 'Tables'}
        className="grid auto-rows-[minmax(128px,auto)] gap-4"
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
      >
        {tables.isPending
          ? Array.from({ length: 8 }, (_, index) => <Skeleton key={index} className="h-32" />)
          : area?.tables.map((table) => (
              <TableTile
                key={table.id}
                table={table}
                orders={byTable.get(table.id) ?? []}
                now={now}
                onTap={(tapped, order) => (order ? onOpenOrder(order) : onStartTable(tapped))}
              />
            ))}
      </div>
    </section>
  );
}
