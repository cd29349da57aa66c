'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { TOrder } from '@/lib/schemas/orders';
import { type ApiOutput, callApi } from './call-api';

export type ReceiptLink = ApiOutput<'receiptLink'>;

/**
 * The order's receipt (the server's receipt model, as the customer's phone shows it), its link and
 * QR code; only once something has been paid (it has a token). Read again for each version of the
 * order, so a refund or a second payment is on the next receipt printed.
 */
export function useReceiptLink(order: Pick<TOrder, 'id' | 'version' | 'receiptToken'>) {
  return useQuery({
    queryKey: ['order', order.id, 'receipt-link', order.version],
    queryFn: ({ signal }) => callApi('receiptLink', { params: { id: order.id }, signal }),
    enabled: order.receiptToken !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Emails the receipt to the address the customer gives (not stored). */
export function useEmailReceipt(orderId: string) {
  return useMutation({
    mutationFn: (email: string) => callApi('emailReceipt', { params: { id: orderId }, body: { email } }),
  });
}
