'use client';

import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import { ApiError } from './api-error';
import { callApi } from './call-api';
import { newId } from './new-id';
import type { LineChanges } from './offline/local-order';
import { hasWaitingChanges, submitOrderChange } from './offline/outbox';
import {
  ORDER_MUTATION_SCOPE,
  orderQueryKey,
  ordersQueryKey,
  recoverOrderAfterError,
  retryNetworkErrors,
  storeOrder,
} from './order-cache';

type Approval = { pin: string } | undefined;
type Keyed<V> = V & { idempotencyKey: string };
type OrderRequest<V, R> = (variables: Keyed<V>, version: number | undefined) => Promise<R>;

/**
 * One order change: serialised with the till's other order requests, answered with the whole
 * order (stored as is, with whatever else the answer carries, such as the payment), and recovered
 * after a failure (stale version or refetch).
 */
export function useOrderChange<V extends { orderId: string }, R extends { order: TOrder } = { order: TOrder }>(
  request: OrderRequest<V, R>,
  onDone?: (order: TOrder) => void,
  /** 'always': the change goes through the outbox, which keeps it offline (cash payments). */
  networkMode: 'online' | 'always' = 'online',
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    scope: ORDER_MUTATION_SCOPE,
    networkMode,
    retry: retryNetworkErrors,
    // The version is read when the request runs, after any queued change before it has landed.
    mutationFn: (variables: Keyed<V>) =>
      request(variables, queryClient.getQueryData<TOrder>(orderQueryKey(variables.orderId))?.version),
    onSuccess: ({ order }) => {
      storeOrder(queryClient, order);
      onDone?.(order);
    },
    onError: (error, variables) => recoverOrderAfterError(queryClient, variables.orderId, error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ordersQueryKey }),
  });
  /** Each call is a new request with its own Idempotency-Key; network retries reuse it. */
  const run = (variables: V, options?: { onSuccess?: (result: R) => void }) =>
    mutation.mutate({ ...variables, idempotencyKey: newId() }, { onSuccess: (result) => options?.onSuccess?.(result) });
  /** The failed request again as it was (same body, same Idempotency-Key), so it cannot happen twice. */
  const retry = (options?: { onSuccess?: (result: R) => void }) => {
    if (mutation.variables)
      mutation.mutate(mutation.variables, { onSuccess: (result) => options?.onSuccess?.(result) });
  };
  return { ...mutation, run, retry };
}

export type { LineChanges };

/**
 * A change that goes live only, never through the outbox (one that may need a manager: a PIN is
 * never written to the device; a discount, which the till cannot price offline yet): refused in
 * words while offline, or while this order's earlier changes still wait (it would overtake them).
 */
function assertCanGoLive(orderId: string, what: string) {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  if (offline || hasWaitingChanges(orderId))
    throw new ApiError(
      503,
      'UNAVAILABLE',
      offline
        ? `${what} needs the connection: try again when the till is back online`
        : `This order's changes are still syncing: ${what.toLowerCase()} waits until they have gone`,
    );
}

/** Quantity, note, seat or course of a line not yet sent (through the outbox: works offline). */
export function useUpdateLine() {
  return useOrderChange<{ orderId: string; lineId: string; changes: LineChanges }>(
    ({ orderId, lineId, changes, idempotencyKey }, version) =>
      submitOrderChange(
        { name: 'updateOrderLine', params: { id: orderId, lineId }, body: { ...changes, version } },
        idempotencyKey,
      ),
    undefined,
    'always',
  );
}

/** The order as this till shows it (the server's answer with its waiting changes folded in). */
function shownOrder(queryClient: QueryClient, orderId: string): TOrder | undefined {
  return queryClient.getQueryData<TOrder>(orderQueryKey(orderId));
}

/**
 * Voids a line. Before it is sent it is free and goes through the outbox (works offline); once the
 * kitchen has it, it may need a manager, so it goes live: the server answers a cashier's first try
 * with "approval needed" and the same void goes again with the PIN (a manager voids on their own).
 */
export function useVoidLine() {
  const queryClient = useQueryClient();
  return useOrderChange<{ orderId: string; lineId: string; reason: string; approval?: Approval }>(
    ({ orderId, lineId, reason, approval, idempotencyKey }, version) => {
      const line = shownOrder(queryClient, orderId)?.lines.find((candidate) => candidate.id === lineId);
      if (!approval && line?.kitchenStatus === 'PENDING')
        return submitOrderChange(
          { name: 'voidOrderLine', params: { id: orderId, lineId }, body: { reason, version } },
          idempotencyKey,
        );
      assertCanGoLive(orderId, 'Voiding an item the kitchen has');
      return callApi('voidOrderLine', {
        params: { id: orderId, lineId },
        body: { reason, approval, version },
        idempotencyKey,
      });
    },
    undefined,
    'always',
  );
}

/** Voids the whole order: before anything is sent through the outbox (works offline); after, live (a manager's PIN). */
export function useVoidOrder(onVoided: (order: TOrder) => void) {
  const queryClient = useQueryClient();
  return useOrderChange<{ orderId: string; reason: string; approval?: Approval }>(
    ({ orderId, reason, approval, idempotencyKey }, version) => {
      if (!approval && shownOrder(queryClient, orderId)?.status === 'OPEN')
        return submitOrderChange(
          { name: 'voidOrder', params: { id: orderId }, body: { reason, version } },
          idempotencyKey,
        );
      assertCanGoLive(orderId, 'Voiding an order the kitchen has');
      return callApi('voidOrder', { params: { id: orderId }, body: { reason, approval, version }, idempotencyKey });
    },
    onVoided,
    'always',
  );
}

export type DiscountInput = { kind: 'PERCENT'; percentBps: number } | { kind: 'AMOUNT'; amountPence: number };

/** A discount on the whole order; above the cashier's limit a manager approves with their PIN. */
export function useAddDiscount() {
  return useOrderChange<{ orderId: string; discount: DiscountInput; reason: string; approval?: Approval }>(
    ({ orderId, discount, reason, approval, idempotencyKey }, version) => {
      if (!approval) {
        const body = { id: idempotencyKey, ...discount, reason, version };
        // Online with nothing of this order waiting: live, so the server's "needs a manager" brings
        // the PIN pad, and the same discount goes again with it. Offline (or behind this order's
        // waiting changes) through the outbox, within the cashier's limit.
        const offline = typeof navigator !== 'undefined' && !navigator.onLine;
        if (!offline && !hasWaitingChanges(orderId))
          return callApi('addDiscount', { params: { id: orderId }, body, idempotencyKey });
        return submitOrderChange({ name: 'addDiscount', params: { id: orderId }, body }, idempotencyKey);
      }
      assertCanGoLive(orderId, "A discount with a manager's approval");
      return callApi('addDiscount', {
        params: { id: orderId },
        body: { ...discount, reason, approval, version },
        idempotencyKey,
      });
    },
    undefined,
    'always',
  );
}

/** How many people the table is for (through the outbox: works offline). */
export function useUpdateCovers() {
  return useOrderChange<{ orderId: string; covers: number }>(
    ({ orderId, covers, idempotencyKey }, version) =>
      submitOrderChange({ name: 'updateOrder', params: { id: orderId }, body: { covers, version } }, idempotencyKey),
    undefined,
    'always',
  );
}

/**
 * Sends what is new to the kitchen (one ticket per station); with `course`, fires that held course
 * first so its lines go too.
 */
export function useSendOrder(onSent: (result: { order: TOrder; tickets: TTicket[] }) => void) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    scope: ORDER_MUTATION_SCOPE,
    retry: retryNetworkErrors,
    // A send, or firing a held course, goes through the outbox and works offline (the ticket
    // reaches the kitchen when the till reconnects).
    networkMode: 'always',
    mutationFn: ({ orderId, course, idempotencyKey }: { orderId: string; course?: number; idempotencyKey: string }) =>
      submitOrderChange(
        course
          ? { name: 'fireCourse', params: { id: orderId }, body: { course } }
          : { name: 'sendOrder', params: { id: orderId }, body: {} },
        idempotencyKey,
      ),
    onSuccess: (result) => {
      storeOrder(queryClient, result.order);
      onSent(result);
    },
    onError: (error, variables) => recoverOrderAfterError(queryClient, variables.orderId, error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ordersQueryKey }),
  });
  const run = (variables: { orderId: string; course?: number }) =>
    mutation.mutate({ ...variables, idempotencyKey: newId() });
  return { ...mutation, run };
}
