import { formatPence } from '@/lib/domain/money';
import type { TTablesResponse } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import { minutesSince, orderBadges, orderNo, tableLabel } from './order-labels';

type Table = TTablesResponse['areas'][number]['tables'][number];

export type TableTileProps = {
  table: Table;
  /** The table's open orders, oldest first. */
  orders: TOrder[];
  now: number;
  onTap: (table: Table, order: TOrder | undefined) => void;
};

/** A table on the floor plan: name, seats, and its order's state in colour and word, total and time open. */
export function TableTile({ table, orders, now, onTap }: TableTileProps) {
  const order = orders[0];
  const badges = order ? orderBadges(order) : [];
  const isReady = badges.some((badge) => badge.word === 'ready');
  const name = tableLabel(table.name);
  const description = order
    ? `${badges.map((badge) => badge.word).join(', ')}, order ${orderNo(order)}, ${formatPence(order.totals.totalPence)}, open ${minutesSince(order.createdAt, now)}`
    : 'free';
  return (
    <button
      type="button"
      onClick={() => onTap(table, order)}
      aria-label={`${name}, ${table.seats} seats, ${description}`}
      data-shape={table.shape}
      style={{
        gridColumn: `${table.x + 1} / span ${Math.max(1, table.width)}`,
        gridRow: `${table.y + 1} / span ${Math.max(1, table.height)}`,
      }}
      className={`flex min-h-32 select-none flex-col border-4 active:scale-[0.98] active:bg-surface-sunken ${
        // Drawn as laid out in the office: a round table is round here too.
        table.shape === 'ROUND'
          ? 'items-center justify-center gap-1 rounded-full px-6 py-4 text-center'
          : 'justify-between rounded-tile p-4 text-left'
      } ${
        isReady
          ? 'border-state-ready bg-state-ready/10'
          : order?.status === 'SENT'
            ? 'border-state-sent bg-state-sent/10'
            : order?.status === 'OPEN'
              ? 'border-state-open bg-state-open/10'
              : order
                ? 'border-state-paid bg-state-paid/10'
                : 'border-line bg-surface-raised'
      }`}
    >
      <span className="flex items-start justify-between gap-2">
        <span className="text-2xl font-bold text-ink">{name}</span>
        <span className="flex flex-wrap justify-end gap-1">
          {badges.length === 0 ? (
            <span className="rounded-md bg-surface-sunken px-2 py-0.5 text-base font-bold text-ink">free</span>
          ) : (
            badges.map((badge) => (
              <span key={badge.word} className={`rounded-md px-2 py-0.5 text-base font-bold ${badge.className}`}>
                {badge.word}
              </span>
            ))
          )}
        </span>
      </span>
      <span className="text-base text-ink-muted">
        {table.seats} seats{order?.covers ? ` · ${order.covers} covers` : ''}
        {orders.length > 1 ? ` · ${orders.length} orders` : ''}
      </span>
      {order ? (
        <span className="flex items-baseline justify-between gap-2">
          <span className="tabular text-xl font-bold text-money-due">{formatPence(order.totals.totalPence)}</span>
          <span className="tabular text-base font-medium text-ink-muted">
            {orderNo(order)} · {minutesSince(order.createdAt, now)}
          </span>
        </span>
      ) : null}
    </button>
  );
}
