'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TRefund, TRefundReviewItem } from '@/lib/schemas/payments';
import { callApi } from './call-api';
import { newId } from './new-id';
import { useRefundPayment } from './use-payments';

/** Live: order.updated events (a flagged payment lands on its order) invalidate it. */
export const refundReviewQueryKey = ['payments', 'refund-review'] as const;

/**
 * Money that arrived after its bill was already settled, oldest first, until it is sent back.
 * `enabled: false` for people who may not refund, so the navigation never asks for them.
 */
export function useRefundReview({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: refundReviewQueryKey,
    queryFn: ({ signal }) => callApi('listRefundReview', { signal }),
    select: (data) => data.payments,
    enabled,
  });
}

/**
 * Sends all that is left of a flagged payment back through its provider (the till's refund
 * request: network blips retry with the same Idempotency-Key; each confirm is a new key, so a
 * retry after the provider refused is a new attempt). Win or lose, the list is read again: a
 * refused refund leaves the row, a refund already made elsewhere removes it.
 */
export function useSendMoneyBack() {
  const queryClient = useQueryClient();
  const refund = useRefundPayment();
  const send = (
    { item, reason }: { item: TRefundReviewItem; reason: string },
    options?: { onSuccess?: (refund: TRefund) => void },
  ) =>
    refund.mutate(
      {
        orderId: item.payment.orderId,
        paymentId: item.payment.id,
        amountPence: item.payment.refundablePence,
        reason: reason.trim(),
        lineIds: [],
        idempotencyKey: newId(),
      },
      {
        onSuccess: (result) => options?.onSuccess?.(result.refund),
        onSettled: () => queryClient.invalidateQueries({ queryKey: refundReviewQueryKey }),
      },
    );
  return { send, isPending: refund.isPending, error: refund.error, reset: refund.reset };
}
