'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { type BumpNews, bumpNews } from '@/lib/domain/kitchen-display';
import type { TOrder } from '@/lib/schemas/orders';
import { orderQueryKey, ordersQueryKey } from './order-cache';
import { useRealtimeEvents } from './realtime';
import { fetchOrder } from './use-orders';

export type ReadyToast = {
  /** One toast per order when it is ready (it replaces its part toasts), one per station before. */
  id: string;
  orderId: string;
  orderNumber: number;
  /** The station whose bump this was. */
  stationId: string;
  news: Exclude<BumpNews, { kind: 'NONE' }>;
  tableName: string | null;
  orderType: TOrder['type'] | null;
};

/**
 * "Order #42 is ready" for the person who rang it up, once every ticket of the order is bumped;
 * before that, each station's bump says only that its part is ready ("Kitchen part ready") and
 * which stations are still making theirs. The bump event names one ticket, so the order is read
 * as it stands after the bump and the rule in `bumpNews` decides.
 */
export function useReadyToasts(userId: string) {
  const queryClient = useQueryClient();
  const [toasts, setToasts] = useState<ReadyToast[]>([]);

  useRealtimeEvents((event) => {
    if (event.type !== 'ticket.updated' || event.payload.action !== 'bumped') return;
    if (event.payload.orderCreatedById !== userId) return;
    const { orderId, orderNumber, stationId } = event.payload;
    const fresh = queryClient
      .fetchQuery({
        queryKey: orderQueryKey(orderId),
        queryFn: ({ signal }) => fetchOrder(orderId, signal),
        staleTime: 0,
      })
      // Unreadable just now: what the event itself proves is that this station's part is done.
      .catch(() => null);
    void fresh.then((order) => {
      const news: BumpNews = order
        ? bumpNews(order.lines, stationId)
        : { kind: 'PART_READY', stationId, waitingStationIds: [] };
      if (news.kind === 'NONE') return;
      // Where it is going, if this till has seen the order (it rang it up, or has the list open).
      const known =
        order ??
        queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders.find((each) => each.id === orderId);
      const toast: ReadyToast = {
        id: news.kind === 'ORDER_READY' ? `${orderId}:ready` : `${orderId}:${stationId}`,
        orderId,
        orderNumber,
        stationId,
        news,
        tableName: known?.tableName ?? null,
        orderType: known?.type ?? null,
      };
      setToasts((current) => {
        const isReadyShown = current.some((each) => each.orderId === orderId && each.news.kind === 'ORDER_READY');
        if (news.kind === 'PART_READY' && isReadyShown) return current; // a late answer about an earlier bump
        const others = current.filter((each) =>
          news.kind === 'ORDER_READY' ? each.orderId !== orderId : each.id !== toast.id,
        );
        return [...others, toast];
      });
    });
  });

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((each) => each.id !== id)), []);
  return { toasts, dismiss };
}
