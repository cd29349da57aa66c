'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { TOrder } from '@/lib/schemas/orders';
import type { TReceipt } from '@/lib/schemas/receipts';
import { apiFetch } from './api';

export type ReceiptLink = { url: string; qrSvg: string; emailAvailable: boolean; receipt: TReceipt };

/**
 * The order's receipt (the server's receipt model, as the customer's phone shows it), its link and
 * QR code; only once something has been paid (it has a token). Read again for each version of the
 * order, so a refund or a second payment is on the next receipt printed.
 */
export function useReceiptLink(order: Pick<TOrder, 'id' | 'version' | 'receiptToken'>) {
  return useQuery({
    queryKey: ['order', order.id, 'receipt-link', order.version],
    queryFn: ({ signal }) => apiFetch<ReceiptLink>(`/api/v1/orders/${order.id}/receipt`, { signal }),
    enabled: order.receiptToken !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Emails the receipt to the address the customer gives (not stored). */
export function useEmailReceipt(orderId: string) {
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<{ sent: true }>(`/api/v1/orders/${orderId}/receipt/email`, { method: 'POST', body: { email } }),
  });
}
