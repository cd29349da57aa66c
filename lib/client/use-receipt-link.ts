'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from './api';

export type ReceiptLink = { url: string; qrSvg: string; emailAvailable: boolean };

/** The order's receipt link and QR code; only once something has been paid (it has a token). */
export function useReceiptLink(orderId: string, hasReceipt: boolean) {
  return useQuery({
    queryKey: ['order', orderId, 'receipt-link'],
    queryFn: ({ signal }) => apiFetch<ReceiptLink>(`/api/v1/orders/${orderId}/receipt`, { signal }),
    enabled: hasReceipt,
    staleTime: Infinity,
  });
}

/** Emails the receipt to the address the customer gives (not stored). */
export function useEmailReceipt(orderId: string) {
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<{ sent: true }>(`/api/v1/orders/${orderId}/receipt/email`, { method: 'POST', body: { email } }),
  });
}
