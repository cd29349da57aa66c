'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TTablesResponse } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import { apiFetch } from './api';
import { orderQueryKey, ordersQueryKey, tablesQueryKey } from './order-cache';

/** Orders still on the floor (open, sent, part paid), oldest first. */
export function useOrders({ refetchIntervalMs }: { refetchIntervalMs?: number } = {}) {
  return useQuery({
    queryKey: ordersQueryKey,
    queryFn: ({ signal }) => apiFetch<{ orders: TOrder[] }>('/api/v1/orders', { signal }),
    refetchInterval: refetchIntervalMs,
  });
}

/** One order; shown at once from the open-orders list when the till already has it. */
export function useOrder(orderId: string | null) {
  const queryClient = useQueryClient();
  return useQuery<TOrder>({
    queryKey: orderQueryKey(orderId ?? 'none'),
    queryFn: async ({ signal }) => (await apiFetch<{ order: TOrder }>(`/api/v1/orders/${orderId}`, { signal })).order,
    enabled: orderId !== null,
    staleTime: 5_000,
    placeholderData: (): TOrder | undefined =>
      queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders.find((order) => order.id === orderId),
  });
}

/** The floor plan: areas and their tables. */
export function useTables() {
  return useQuery({
    queryKey: tablesQueryKey,
    queryFn: ({ signal }) => apiFetch<TTablesResponse>('/api/v1/tables', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** How many seats a table has, from the floor plan; null with no table or before the plan loads. */
export function useTableSeats(tableId: string | null): number | null {
  const tables = useTables();
  if (!tableId) return null;
  return tables.data?.areas.flatMap((area) => area.tables).find((table) => table.id === tableId)?.seats ?? null;
}
