'use client';

import { BellRing } from 'lucide-react';
import { type ReadyToast, useReadyToasts } from '@/lib/client/use-ready-toasts';
import { type ToastMessage, Toasts } from '../ui/toast';
import { placeLabel } from './order-labels';

export type ReadyToastsProps = {
  userId: string;
  stationNames: ReadonlyMap<string, string>;
  onOpenOrder: (orderId: string) => void;
};

const names = (ids: readonly string[], stationNames: ReadonlyMap<string, string>) =>
  ids.map((id) => stationNames.get(id) ?? 'Kitchen').join(', ');

/** "Order #42 is ready" once every station is done; "Order #42 · Kitchen part ready" while others still make theirs. */
export function readyToastMessage(toast: ReadyToast, stationNames: ReadonlyMap<string, string>): ToastMessage {
  const place = toast.orderType ? placeLabel({ type: toast.orderType, tableName: toast.tableName }) : null;
  if (toast.news.kind === 'ORDER_READY') {
    return {
      id: toast.id,
      tone: 'ready',
      title: `Order #${toast.orderNumber} is ready`,
      detail: [names(toast.news.stationIds, stationNames), place].filter(Boolean).join(' · '),
    };
  }
  const waiting = toast.news.waitingStationIds;
  return {
    id: toast.id,
    tone: 'progress',
    title: `Order #${toast.orderNumber} · ${names([toast.stationId], stationNames)} part ready`,
    detail: [waiting.length ? `${names(waiting, stationNames)} still making` : 'Other stations still making', place]
      .filter(Boolean)
      .join(' · '),
  };
}

/** Tells the signed-in server when the kitchen has finished one of their orders (or a station its part); tap to open it. */
export function ReadyToasts({ userId, stationNames, onOpenOrder }: ReadyToastsProps) {
  const { toasts, dismiss } = useReadyToasts(userId);
  const orderOf = new Map(toasts.map((toast) => [toast.id, toast.orderId]));
  return (
    <Toasts
      toasts={toasts.map((toast) => readyToastMessage(toast, stationNames))}
      onDismiss={dismiss}
      onOpen={(id) => {
        const orderId = orderOf.get(id);
        if (orderId) onOpenOrder(orderId);
      }}
      openLabel="Open"
      icon={<BellRing aria-hidden className="size-7 shrink-0" />}
    />
  );
}
