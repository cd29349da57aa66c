'use client';

import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TOrder } from '@/lib/schemas/orders';
import { callApi } from './call-api';
import { orderQueryKey, ordersQueryKey, tablesQueryKey } from './order-cache';

/** Orders still on the floor (open, sent, part paid), oldest first. */
export function useOrders({ refetchIntervalMs }: { refetchIntervalMs?: number } = {}) {
  return useQuery({
    queryKey: ordersQueryKey,
    queryFn: ({ signal }) => callApi('listOrders', { signal }),
    refetchInterval: refetchIntervalMs,
  });
}

/** One order as the server has it now. */
export async function fetchOrder(orderId: string, signal?: AbortSignal): Promise<TOrder> {
  return (await callApi('getOrder', { params: { id: orderId }, signal })).order;
}

/** One order; shown at once from the open-orders list when the till already has it. */
export function useOrder(orderId: string | null) {
  const queryClient = useQueryClient();
  return useQuery<TOrder>({
    queryKey: orderQueryKey(orderId ?? 'none'),
    queryFn: orderId === null ? skipToken : ({ signal }) => fetchOrder(orderId, signal),
    staleTime: 5_000,
    placeholderData: (): TOrder | undefined =>
      queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders.find((order) => order.id === orderId),
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
