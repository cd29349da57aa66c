'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { TOrder } from '@/lib/schemas/orders';
import { orderQueryKey, ordersQueryKey } from './order-cache';
import { useRealtimeEvents } from './realtime';

export type ReadyToast = {
  /** The order's id: a second station finishing the same order replaces its toast. */
  id: string;
  orderNumber: number;
  stationId: string;
  tableName: string | null;
  orderType: TOrder['type'] | null;
};

/**
 * "Order #42 is ready" for the person who rang it up: each ticket the kitchen bumps off the pass
 * for one of their orders, newest last.
 */
export function useReadyToasts(userId: string) {
  const queryClient = useQueryClient();
  const [toasts, setToasts] = useState<ReadyToast[]>([]);

  useRealtimeEvents((event) => {
    if (event.type !== 'ticket.updated' || event.payload.action !== 'bumped') return;
    if (event.payload.orderCreatedById !== userId) return;
    const { orderId, orderNumber, stationId } = event.payload;
    // Where it is going, if this till has seen the order (it rang it up, or has the list open).
    const order =
      queryClient.getQueryData<TOrder>(orderQueryKey(orderId)) ??
      queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders.find((each) => each.id === orderId);
    const toast = {
      id: orderId,
      orderNumber,
      stationId,
      tableName: order?.tableName ?? null,
      orderType: order?.type ?? null,
    };
    setToasts((current) => [...current.filter((each) => each.id !== orderId), toast]);
  });

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((each) => each.id !== id)), []);
  return { toasts, dismiss };
}
