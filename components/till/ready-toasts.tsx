'use client';

import { BellRing } from 'lucide-react';
import { useReadyToasts } from '@/lib/client/use-ready-toasts';
import { Toasts } from '../ui/toast';
import { placeLabel } from './order-labels';

export type ReadyToastsProps = {
  userId: string;
  stationNames: ReadonlyMap<string, string>;
  onOpenOrder: (orderId: string) => void;
};

/** Tells the signed-in server when the kitchen has finished one of their orders; tap to open it. */
export function ReadyToasts({ userId, stationNames, onOpenOrder }: ReadyToastsProps) {
  const { toasts, dismiss } = useReadyToasts(userId);
  return (
    <Toasts
      toasts={toasts.map((toast) => ({
        id: toast.id,
        title: `Order #${toast.orderNumber} is ready`,
        detail: [
          stationNames.get(toast.stationId),
          toast.orderType ? placeLabel({ type: toast.orderType, tableName: toast.tableName }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
      }))}
      onDismiss={dismiss}
      onOpen={onOpenOrder}
      openLabel="Open"
      icon={<BellRing aria-hidden className="size-7 shrink-0" />}
    />
  );
}
