'use client';

import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TCheckout } from '@/lib/schemas/checkout';
import { callApi } from './call-api';
import { isCheckoutFinal } from './checkout-status';
import { newId } from './new-id';
import { orderQueryKey, retryNetworkErrors } from './order-cache';
import { useOrder } from './use-orders';

/** The realtime client invalidates exactly this key on `checkout.updated`, so the QR screen follows the phone. */
export const checkoutQueryKey = (checkoutId: string) => ['checkout', checkoutId] as const;

/** If an event is missed (socket down, sidecar restarting), the screen still catches up this often. */
const FALLBACK_POLL_MS = 5_000;

export type CreateCheckoutVariables = {
  orderId: string;
  /** A share of the bill (split); left out, the checkout is for everything still due. */
  amountPence?: number;
};

/**
 * A QR checkout for the customer's phone. Each tap carries its own Idempotency-Key, and a retry
 * after a lost answer reuses it, so one tap never leaves two live QR codes for the same bill.
 */
export function useCreateCheckout() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    retry: retryNetworkErrors,
    mutationFn: ({ orderId, amountPence, idempotencyKey }: CreateCheckoutVariables & { idempotencyKey: string }) =>
      callApi('createCheckout', {
        params: { id: orderId },
        body: amountPence === undefined ? {} : { amountPence },
        idempotencyKey,
      }),
    onSuccess: (data) => queryClient.setQueryData(checkoutQueryKey(data.checkout.id), data),
  });
  const run = (variables: CreateCheckoutVariables, options?: { onSuccess?: (checkout: TCheckout) => void }) =>
    mutation.mutate(
      { ...variables, idempotencyKey: newId() },
      { onSuccess: (data) => options?.onSuccess?.(data.checkout) },
    );
  return { ...mutation, run };
}

/**
 * One checkout as the till shows it, live: realtime events invalidate it, and until it is final
 * (paid, expired, cancelled) it is also fetched every 5 s as a fallback.
 */
export function useCheckout(checkoutId: string | null) {
  return useQuery({
    queryKey: checkoutQueryKey(checkoutId ?? 'none'),
    queryFn:
      checkoutId === null ? skipToken : ({ signal }) => callApi('getCheckout', { params: { id: checkoutId }, signal }),
    select: (data) => data.checkout,
    refetchInterval: (query) => {
      const status = query.state.data?.checkout.status;
      return status && isCheckoutFinal(status) ? false : FALLBACK_POLL_MS;
    },
  });
}

/** Calls off a checkout that is not paid; the answer (CANCELED) replaces what the screen shows. */
export function useCancelCheckout() {
  const queryClient = useQueryClient();
  return useMutation({
    retry: retryNetworkErrors,
    mutationFn: (checkoutId: string) => callApi('cancelCheckout', { params: { id: checkoutId } }),
    onSuccess: (data) => queryClient.setQueryData(checkoutQueryKey(data.checkout.id), data),
    // Refused (409): it was paid or ran out meanwhile, so fetch what it is now.
    onError: (_error, checkoutId) => queryClient.invalidateQueries({ queryKey: checkoutQueryKey(checkoutId) }),
  });
}

/**
 * A checkout and its order, each nudging the other: money landing on the order (its paid amount
 * moves) refetches the checkout, and a checkout turning PAID refetches the order, so the screen
 * is right even when the realtime event for one of them is missed.
 */
export function useLiveCheckout(checkoutId: string, orderId: string) {
  const queryClient = useQueryClient();
  const checkout = useCheckout(checkoutId);
  const order = useOrder(orderId);
  const { refetch } = checkout;
  const paidPence = order.data?.totals.paidPence;
  const seenPaidPence = useRef(paidPence);
  useEffect(() => {
    if (paidPence === undefined || seenPaidPence.current === paidPence) return;
    seenPaidPence.current = paidPence;
    void refetch();
  }, [paidPence, refetch]);
  const isPaid = checkout.data?.status === 'PAID';
  useEffect(() => {
    if (isPaid) void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
  }, [isPaid, orderId, queryClient]);
  return { checkout, order };
}
