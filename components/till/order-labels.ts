import { tableLabel } from '@/lib/domain/floor-plan';
import { isOrderReady } from '@/lib/domain/kitchen-display';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import type { TOrder } from '@/lib/schemas/orders';

export { tableLabel } from '@/lib/domain/floor-plan';

/**
 * An order's number as the till shows it: "#42", or "#–" for an order rung up offline, which the
 * server numbers when it syncs (its receipt and kitchen ticket carry that number).
 */
export function orderNo(order: Pick<TOrder, 'number'>): string {
  return order.number > 0 ? `#${order.number}` : '#–';
}

/** Where an order is: "Table 5" or "Takeaway". */
export function placeLabel(order: Pick<TOrder, 'type' | 'tableName'>): string {
  if (order.type === 'TAKEAWAY') return 'Takeaway';
  return order.tableName ? tableLabel(order.tableName) : 'Eat in';
}

type OrderState = { word: string; className: string };

/** An order's state in word and colour (never colour alone). */
export function orderState(status: TOrder['status']): OrderState {
  switch (status) {
    case 'OPEN':
      return { word: 'open', className: 'bg-state-open text-ink-inverse' };
    case 'SENT':
      return { word: 'sent', className: 'bg-state-sent text-ink-inverse' };
    case 'PARTIALLY_PAID':
      return { word: 'part paid', className: 'bg-state-paid text-ink-inverse' };
    case 'PAID':
    case 'CLOSED':
      return { word: 'paid', className: 'bg-state-paid text-ink-inverse' };
    case 'VOIDED':
      return { word: 'voided', className: 'bg-state-void text-ink-inverse' };
  }
}

const READY: OrderState = { word: 'ready', className: 'bg-state-ready text-ink-inverse' };

/**
 * An order's badges: its state, and "ready" once the kitchen has made everything sent. A sent
 * order that is ready shows only "ready"; an open one ("open", "ready") has more to send.
 */
export function orderBadges(order: Pick<TOrder, 'status' | 'lines'>): OrderState[] {
  const state = orderState(order.status);
  const isLive = canOrderTakePayment(order.status);
  if (!isLive || !isOrderReady(order.lines)) return [state];
  return order.status === 'SENT' ? [READY] : [state, READY];
}

/** "3 min", "1 h 05" since an ISO time. */
export function minutesSince(iso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}
