'use client';

import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { useNow } from '@/lib/client/use-now';
import { useOrders } from '@/lib/client/use-orders';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { minutesSince, orderBadges, orderNo, placeLabel } from './order-labels';
import { PaidOrders } from './paid-orders';
import { Skeleton } from '../ui/skeleton';
import { Tabs } from '../ui/tabs';

export type OrdersViewProps = {
  backLabel: string;
  onOpenOrder: (order: TOrder) => void;
  onBack: () => void;
};

type Tab = 'open' | 'paid';

const ORDER_TABS = [
  { value: 'open', label: 'Open' },
  { value: 'paid', label: 'Paid today' },
] as const satisfies readonly { value: Tab; label: string }[];

/** Orders still open on the floor (oldest first), or today's paid ones for a refund or a receipt. */
export function OrdersView({ backLabel, onOpenOrder, onBack }: OrdersViewProps) {
  const [tab, setTab] = useState<Tab>('open');
  return (
    <section aria-labelledby="orders-heading" className="flex min-h-0 flex-col gap-4 overflow-y-auto p-6">
      <div className="flex items-center gap-4">
        <Button variant="secondary" size="lg" onClick={onBack}>
          <ArrowLeft aria-hidden className="size-5" /> {backLabel}
        </Button>
        <h2 id="orders-heading" className="text-3xl font-bold text-ink">
          {tab === 'open' ? 'Open orders' : 'Paid today'}
        </h2>
        <Tabs
          label="Which orders"
          size="lg"
          className="ml-auto"
          options={ORDER_TABS}
          selected={tab}
          onSelect={setTab}
        />
      </div>
      {tab === 'open' ? <OpenOrders onOpenOrder={onOpenOrder} /> : <PaidOrders />}
    </section>
  );
}

function OpenOrders({ onOpenOrder }: { onOpenOrder: (order: TOrder) => void }) {
  const orders = useOrders({ refetchIntervalMs: 15_000 });
  const now = useNow();
  const list = orders.data?.orders ?? [];
  return (
    <>
      {orders.isError ? <Notice tone="error">Could not load orders: {orders.error.message}</Notice> : null}
      {orders.isSuccess && list.length === 0 ? (
        <p className="text-lg text-ink-muted">No open orders. Start one with Takeaway or a table.</p>
      ) : null}
      <ul aria-label="Open orders" className="grid grid-cols-2 gap-3" aria-busy={orders.isPending || undefined}>
        {orders.isPending ? [0, 1, 2, 3].map((index) => <Skeleton as="li" key={index} className="h-20" />) : null}
        {list.map((order) => {
          const badges = orderBadges(order);
          const isPartPaid = order.totals.paidPence > 0 && order.totals.duePence > 0;
          return (
            <li key={order.id}>
              <button
                type="button"
                onClick={() => onOpenOrder(order)}
                className="grid min-h-20 w-full grid-cols-[auto_1fr_auto] items-center gap-x-4 rounded-tile border border-line bg-surface-raised px-4 py-3 text-left active:scale-[0.99] active:bg-surface-sunken"
              >
                <span className="tabular text-2xl font-bold text-ink">{orderNo(order)}</span>
                <span className="flex flex-col">
                  <span className="text-lg font-semibold text-ink">{placeLabel(order)}</span>
                  <span className="text-base text-ink-muted">
                    {order.createdBy.name} · {minutesSince(order.createdAt, now)}
                  </span>
                </span>
                <span className="flex flex-col items-end gap-1">
                  <span className="tabular text-xl font-bold text-money-due">
                    {isPartPaid
                      ? `${formatPence(order.totals.duePence)} left to pay`
                      : formatPence(order.totals.totalPence)}
                  </span>
                  <span className="flex gap-1">
                    {badges.map((badge) => (
                      <span key={badge.word} className={`rounded-md px-2 py-0.5 text-sm font-bold ${badge.className}`}>
                        {badge.word}
                      </span>
                    ))}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
