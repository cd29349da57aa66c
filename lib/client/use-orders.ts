'use client';

import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TOrder } from '@/lib/schemas/orders';
import { ApiError } from './api-error';
import { callApi } from './call-api';
import { listWithWaitingChanges, withWaitingChanges } from './offline/outbox';
import { useOutboxState } from './offline/use-outbox-state';
import { orderQueryKey, ordersQueryKey, tablesQueryKey } from './order-cache';

/**
 * Orders still on the floor (open, sent, part paid), oldest first, with this till's changes that
 * are still waiting to sync on top (and the orders it made offline).
 */
export function useOrders({ refetchIntervalMs }: { refetchIntervalMs?: number } = {}) {
  const { waiting } = useOutboxState();
  const select = useCallback(
    (data: { orders: TOrder[] }) => (waiting.length ? { orders: listWithWaitingChanges(data.orders) } : data),
    [waiting],
  );
  return useQuery({
    queryKey: ordersQueryKey,
    queryFn: ({ signal }) => callApi('listOrders', { signal }),
    refetchInterval: refetchIntervalMs,
    select,
  });
}

/**
 * One order as the server has it now; an order this till made offline that has not synced yet
 * (the server says 404) is the till's own copy.
 */
export async function fetchOrder(orderId: string, signal?: AbortSignal): Promise<TOrder> {
  try {
    return (await callApi('getOrder', { params: { id: orderId }, signal })).order;
  } catch (error) {
    const local =
      error instanceof ApiError && error.status === 404 ? withWaitingChanges(orderId, undefined) : undefined;
    if (local) return local;
    throw error;
  }
}

/** One order, with this till's waiting changes on top; shown at once from the open-orders list. */
export function useOrder(orderId: string | null) {
  const queryClient = useQueryClient();
  const { waiting } = useOutboxState();
  const select = useCallback(
    (order: TOrder) => (waiting.length ? (withWaitingChanges(order.id, order) ?? order) : order),
    [waiting],
  );
  return useQuery<TOrder>({
    queryKey: orderQueryKey(orderId ?? 'none'),
    queryFn: orderId === null ? skipToken : ({ signal }) => fetchOrder(orderId, signal),
    staleTime: 5_000,
    select,
    placeholderData: (): TOrder | undefined => {
      const list = queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders ?? [];
      const listed = list.find((order) => order.id === orderId);
      return listed ?? (orderId ? withWaitingChanges(orderId, undefined) : undefined);
    },
  });
}

/** The floor plan: areas and their tables. */
export function useTables() {
  return useQuery({
    queryKey: tablesQueryKey,
    queryFn: ({ signal }) => callApi('tables', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** How many seats a table has, from the floor plan; null with no table or before the plan loads. */
export function useTableSeats(tableId: string | null): number | null {
  const tables = useTables();
  if (!tableId) return null;
  return tables.data?.areas.flatMap((area) => area.tables).find((table) => table.id === tableId)?.seats ?? null;
}
