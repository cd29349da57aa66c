'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, callApi } from './call-api';
import { submitOrderChange } from './offline/outbox';
import { cashSessionsQueryKey, ordersQueryKey } from './order-cache';
import { useOrderChange } from './use-order-mutations';

export type TakeCashVariables = {
  orderId: string;
  amountPence: number;
  tipPence: number;
  tenderedPence: number;
  /** The order version the cashier was looking at when they tapped. */
  version: number;
};

/**
 * A cash payment against the bill. The version goes in with the tap (not when the request runs),
 * so a retry after a lost answer is byte for byte the same request and the server replays it
 * instead of taking the money twice.
 */
export function useTakeCashPayment() {
  return useOrderChange(
    ({
      orderId,
      amountPence,
      tipPence,
      tenderedPence,
      version,
      idempotencyKey,
    }: TakeCashVariables & { idempotencyKey: string }) =>
      submitOrderChange(
        {
          name: 'takePayment',
          params: { id: orderId },
          body: { method: 'CASH', amountPence, tipPence, tenderedPence, version },
        },
        idempotencyKey,
      ).then((answer) => ({ ...answer, payment: answer.payment! })),
    undefined,
    'always',
  );
}

export type RefundVariables = ApiBody<'refundPayment'> & { orderId: string; paymentId: string };

/** Gives (part of) a payment back; above the cashier's limit the same refund goes again with a manager's PIN. */
export function useRefundPayment() {
  const queryClient = useQueryClient();
  return useOrderChange(
    async ({ orderId: _orderId, paymentId, idempotencyKey, ...body }: RefundVariables & { idempotencyKey: string }) => {
      const answer = await callApi('refundPayment', { params: { id: paymentId }, body, idempotencyKey });
      // Cash handed back moves the drawer's figure: the kept drawer is fetched again for offline.
      void queryClient.invalidateQueries({ queryKey: cashSessionsQueryKey, refetchType: 'all' });
      return answer;
    },
  );
}

export const paidOrdersQueryKey = [...ordersQueryKey, 'paid'] as const;

/**
 * Orders paid and closed in the last day, newest first: the ones a cashier may need to refund or
 * print a receipt for. (The list endpoint has no date filter yet, so the till trims it.)
 */
export function usePaidOrders({ now }: { now: number }) {
  return useQuery({
    queryKey: paidOrdersQueryKey,
    queryFn: ({ signal }) => callApi('listOrders', { query: { status: 'CLOSED' }, signal }),
    select: (data) =>
      data.orders
        .filter((order) => now - Date.parse(order.paidAt ?? order.createdAt) < 24 * 3_600_000)
        .sort((a, b) => Date.parse(b.paidAt ?? b.createdAt) - Date.parse(a.paidAt ?? a.createdAt)),
  });
}
