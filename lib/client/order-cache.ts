import type { QueryClient } from '@tanstack/react-query';
import { ZOrder, type TOrder } from '@/lib/schemas/orders';
import { ApiError } from './api-error';

export const ordersQueryKey = ['orders'] as const;
export const orderQueryKey = (orderId: string) => ['order', orderId] as const;
export const tablesQueryKey = ['tables'] as const;
/** The cash drawers (this till's open one is under `[...cashSessionsQueryKey, 'OPEN']`). */
export const cashSessionsQueryKey = ['cash-sessions'] as const;

/**
 * Every order-changing request goes through one mutation scope, so taps made while a request is in
 * flight run in order: lines added during a create wait for it, and Send waits for the lines.
 */
export const ORDER_MUTATION_SCOPE = { id: 'till-order' } as const;

/** Network blips are retried with the same variables (and so the same Idempotency-Key). */
export function retryNetworkErrors(failureCount: number, error: Error): boolean {
  return failureCount < 2 && error instanceof ApiError && error.code === 'NETWORK';
}

/** The server's answer is the truth: store it as the order and patch it into the open-orders list. */
export function storeOrder(queryClient: QueryClient, order: TOrder) {
  queryClient.setQueryData(orderQueryKey(order.id), order);
  queryClient.setQueryData<{ orders: TOrder[] }>(ordersQueryKey, (list) =>
    list ? { orders: list.orders.map((candidate) => (candidate.id === order.id ? order : candidate)) } : list,
  );
}

/**
 * A 409 for a stale version carries the order as it is now; show that rather than what this till
 * last saw. Any other failure refetches the order, since the till's copy may be out of date.
 */
export function recoverOrderAfterError(queryClient: QueryClient, orderId: string, error: Error) {
  if (error instanceof ApiError && error.status === 409) {
    const details = error.details;
    const current =
      typeof details === 'object' && details !== null && 'order' in details ? ZOrder.safeParse(details.order) : null;
    if (current?.success) {
      storeOrder(queryClient, current.data);
      return;
    }
  }
  void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
}
