'use client';

import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import type { TOrder } from '@/lib/schemas/orders';
import { submitOrderChange } from './offline/outbox';
import type { OrderDraft } from './current-order-store';
import { ORDER_MUTATION_SCOPE, ordersQueryKey, retryNetworkErrors, storeOrder } from './order-cache';
import type { PendingLine } from './pending-line';

export type AddItemsVariables = {
  orderId: string;
  /** Set on the first tap of a new order: the lines go with the create. */
  create: OrderDraft | null;
  lines: PendingLine[];
  /** Made once per tap, so a retry of the same request is recognised by the server. */
  idempotencyKey: string;
};

export const addItemsMutationKey = ['order', 'add-items'] as const;

/** Creates the order with its first lines, or adds lines to it. */
export function useAddItems({ onCreated }: { onCreated: (order: TOrder) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: addItemsMutationKey,
    scope: ORDER_MUTATION_SCOPE,
    retry: retryNetworkErrors,
    // Runs offline too: the outbox keeps the change and the till answers it (lib/client/offline).
    networkMode: 'always',
    mutationFn: async ({ orderId, create, lines, idempotencyKey }: AddItemsVariables) => {
      const inputs = lines.map((line) => line.input);
      const answer = await submitOrderChange(
        create
          ? {
              name: 'createOrder',
              body: { id: orderId, type: create.type, tableId: create.tableId, covers: create.covers, lines: inputs },
            }
          : { name: 'addOrderLines', params: { id: orderId }, body: { lines: inputs } },
        idempotencyKey,
      );
      return answer.order;
    },
    onSuccess: (order, variables) => {
      storeOrder(queryClient, order);
      if (variables.create) onCreated(order);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ordersQueryKey }),
  });
}

/** Whether this order's create has already been sent (or is queued), so later taps add lines instead. */
export function useHasCreateStarted() {
  const queryClient = useQueryClient();
  return (orderId: string) =>
    queryClient
      .getMutationCache()
      .findAll({ mutationKey: addItemsMutationKey })
      .some((mutation) => {
        const variables = mutation.state.variables as AddItemsVariables | undefined;
        return variables?.orderId === orderId && variables.create !== null && mutation.state.status !== 'error';
      });
}

/** Whether lines for this order are still on their way (read at call time, e.g. just after a send). */
export function useHasPendingLines() {
  const queryClient = useQueryClient();
  return (orderId: string) =>
    queryClient
      .getMutationCache()
      .findAll({ mutationKey: addItemsMutationKey, status: 'pending' })
      .some((mutation) => (mutation.state.variables as AddItemsVariables | undefined)?.orderId === orderId);
}

/** Lines tapped for this order whose request has not been answered yet (in flight or queued). */
export function usePendingLines(orderId: string | null): PendingLine[] {
  const pending = useMutationState({
    filters: { mutationKey: addItemsMutationKey, status: 'pending' },
    select: (mutation) => mutation.state.variables as AddItemsVariables | undefined,
  });
  return pending.flatMap((variables) => (variables && variables.orderId === orderId ? variables.lines : []));
}
