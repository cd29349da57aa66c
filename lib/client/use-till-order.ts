'use client';

import { useSyncExternalStore } from 'react';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import type { TOrder } from '@/lib/schemas/orders';
import { ApiError } from './api-error';
import { type CurrentOrder, currentOrderStore, type OrderDraft } from './current-order-store';
import { newId } from './new-id';
import type { PendingLine } from './pending-line';
import { useAddItems, useHasCreateStarted, useHasPendingLines, usePendingLines } from './use-add-items';
import { useOrder } from './use-orders';

/**
 * The order this till is ringing up: a draft until its first item, then the server's order, plus
 * the lines tapped since that the server has not answered yet.
 */
export function useTillOrder() {
  const stored = useSyncExternalStore(
    currentOrderStore.subscribe,
    currentOrderStore.getSnapshot,
    currentOrderStore.getServerSnapshot,
  );
  const orderQuery = useOrder(stored && !stored.draft ? stored.orderId : null);
  const order = orderQuery.data;
  // An order paid, closed or voided elsewhere (or gone) is no longer this till's to ring up; a part
  // paid one stays, to take the rest.
  const isGone =
    (orderQuery.error instanceof ApiError && orderQuery.error.status === 404) ||
    (order !== undefined && !canOrderTakePayment(order.status));
  const current: CurrentOrder | null = isGone ? null : stored;
  const pendingLines = usePendingLines(current?.orderId ?? null);
  const hasCreateStarted = useHasCreateStarted();
  const hasPendingLines = useHasPendingLines();
  const addItems = useAddItems({
    onCreated: (created) => {
      if (currentOrderStore.getSnapshot()?.orderId === created.id)
        currentOrderStore.set({ orderId: created.id, draft: null });
    },
  });

  /** Reads the store at call time, so an item tapped just as the order was chosen lands on it. */
  function addLines(lines: PendingLine[]) {
    const target = currentOrderStore.getSnapshot();
    if (!target) return;
    const create = target.draft && !hasCreateStarted(target.orderId) ? target.draft : null;
    addItems.mutate({ orderId: target.orderId, create, lines, idempotencyKey: newId() });
  }

  return {
    current,
    order: current && !current.draft ? order : undefined,
    orderQuery,
    pendingLines,
    addLines,
    addItems,
    /** Try the failed request again as it was: same lines, same Idempotency-Key. */
    retryAdd: () => {
      if (addItems.variables) addItems.mutate(addItems.variables);
    },
    startDraft: (draft: OrderDraft) => currentOrderStore.set({ orderId: newId(), draft }),
    /** Covers before the order exists are kept on the draft and sent with the create. */
    setDraftCovers: (covers: number) => {
      const target = currentOrderStore.getSnapshot();
      if (target?.draft) currentOrderStore.set({ ...target, draft: { ...target.draft, covers } });
    },
    openOrder: (openedOrder: Pick<TOrder, 'id'>) => currentOrderStore.set({ orderId: openedOrder.id, draft: null }),
    /** Leaves the order (it stays open on the server). */
    clear: () => currentOrderStore.set(null),
    /**
     * Leaves the order after it was sent or voided, if it is still the current one and nothing was
     * tapped for it meanwhile (those lines would otherwise land on an order no one is looking at).
     * Returns whether it left.
     */
    finish: (orderId: string) => {
      if (currentOrderStore.getSnapshot()?.orderId !== orderId || hasPendingLines(orderId)) return false;
      currentOrderStore.set(null);
      return true;
    },
  };
}
