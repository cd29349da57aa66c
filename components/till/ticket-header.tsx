import { Users } from 'lucide-react';
import type { OrderDraft } from '@/lib/client/current-order-store';
import type { TOrder } from '@/lib/schemas/orders';
import { orderNo, placeLabel, tableLabel } from './order-labels';

export type TicketHeaderProps = {
  order: TOrder | undefined;
  draft: OrderDraft | null;
  onCovers: () => void;
};

/** "#42 · Table 5" with its covers ("2 covers", tap to change); "New order · Takeaway" before the first item. */
export function TicketHeader({ order, draft, onCovers }: TicketHeaderProps) {
  const type = order?.type ?? draft?.type;
  const place = order
    ? placeLabel(order)
    : draft?.type === 'TAKEAWAY'
      ? 'Takeaway'
      : draft?.tableName
        ? tableLabel(draft.tableName)
        : 'Eat in';
  const covers = order?.covers ?? draft?.covers ?? 0;
  return (
    <div className="flex items-center justify-between gap-3 border-b border-line pb-3">
      <h2 className="text-2xl font-bold text-ink">
        {order ? `${orderNo(order)}` : 'New order'} · {place}
      </h2>
      {type === 'DINE_IN' ? (
        <button
          type="button"
          onClick={onCovers}
          aria-label={covers ? `${covers} covers, change` : 'Set covers'}
          className="flex min-h-11 items-center gap-2 rounded-tile border border-line px-3 text-base font-semibold text-ink active:bg-surface-sunken"
        >
          <Users aria-hidden className="size-5" />
          {covers ? `${covers} covers` : 'Covers'}
        </button>
      ) : null}
    </div>
  );
}
