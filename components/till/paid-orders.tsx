'use client';

import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { useNow } from '@/lib/client/use-now';
import { usePaidOrders } from '@/lib/client/use-payments';
import type { TOrder } from '@/lib/schemas/orders';
import { Notice } from '../ui/notice';
import { orderNo, placeLabel } from './order-labels';
import { PaidOrderSheet } from './paid-order-sheet';
import { clockTime } from './payment-list';
import { Skeleton } from '../ui/skeleton';

/** Orders paid in the last day, newest first; tap one for its receipt or a refund. */
export function PaidOrders() {
  const now = useNow();
  const orders = usePaidOrders({ now });
  const [opened, setOpened] = useState<TOrder | null>(null);
  const list = orders.data ?? [];
  return (
    <>
      {orders.isError ? <Notice tone="error">Could not load paid orders: {orders.error.message}</Notice> : null}
      {orders.isSuccess && list.length === 0 ? <p className="text-lg text-ink-muted">Nothing paid yet today.</p> : null}
      <ul aria-label="Paid orders" className="grid grid-cols-2 gap-3" aria-busy={orders.isPending || undefined}>
        {orders.isPending ? [0, 1, 2, 3].map((index) => <Skeleton as="li" key={index} className="h-20" />) : null}
        {list.map((order) => (
          <li key={order.id}>
            <button
              type="button"
              onClick={() => setOpened(order)}
              className="grid min-h-20 w-full grid-cols-[auto_1fr_auto] items-center gap-x-4 rounded-tile border border-line bg-surface-raised px-4 py-3 text-left active:scale-[0.99] active:bg-surface-sunken"
            >
              <span className="tabular text-2xl font-bold text-ink">{orderNo(order)}</span>
              <span className="flex flex-col">
                <span className="text-lg font-semibold text-ink">{placeLabel(order)}</span>
                <span className="text-base text-ink-muted">
                  Paid {order.paidAt ? clockTime(order.paidAt) : ''} · {order.createdBy.name}
                </span>
              </span>
              <span className="flex flex-col items-end gap-1">
                <span className="tabular text-xl font-bold text-ink">{formatPence(order.totals.totalPence)}</span>
                <span className="flex gap-1">
                  <span className="rounded-md bg-state-paid px-2 py-0.5 text-sm font-bold text-ink-inverse">paid</span>
                  {order.totals.refundedPence > 0 ? (
                    <span className="tabular rounded-md border border-state-void px-2 py-0.5 text-sm font-bold text-state-void">
                      refunded {formatPence(order.totals.refundedPence)}
                    </span>
                  ) : null}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {opened ? <PaidOrderSheet order={opened} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
