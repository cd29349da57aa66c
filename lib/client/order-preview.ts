import { discountRule, type DiscountRule, priceOrder, type PricingLine } from '@/lib/domain/pricing';
import type { TOrder } from '@/lib/schemas/orders';
import type { PendingLine } from './pending-line';

export type OrderPreview = {
  subtotalPence: number;
  discountPence: number;
  vatPence: number;
  totalPence: number;
  /** True while some lines are priced by the till, not yet by the server (never with nothing pending). */
  isEstimate: boolean;
};

/** The server's order lines as pricing lines, so the till prices them exactly as the server does. */
export function toPricingLines(order: TOrder | undefined): PricingLine[] {
  if (!order) return [];
  return order.lines.map((line) => ({
    id: line.id,
    unitPricePence: line.unitPricePence,
    modifierDeltasPence: line.modifiers.map((modifier) => modifier.priceDeltaPence),
    quantity: line.quantity,
    vatRateBps: line.vatRateBps,
    isVoided: line.voidedAt !== null,
    discounts: order.discounts.filter((discount) => discount.lineId === line.id).map(discountRule),
  }));
}

/** Order-level discounts (those not tied to a line). */
export function orderDiscountRules(order: TOrder | undefined, extra: DiscountRule[] = []): DiscountRule[] {
  return [...(order?.discounts.filter((discount) => discount.lineId === null).map(discountRule) ?? []), ...extra];
}

/**
 * Totals to show now: the server's own when nothing is pending, otherwise priceOrder over the
 * server's lines plus the pending ones (priced from the menu), with the order's discounts. A new
 * order with nothing on it yet is simply £0.00: there is nothing to update.
 */
export function previewOrder(order: TOrder | undefined, pending: readonly PendingLine[]): OrderPreview {
  if (order && pending.length === 0) return { ...order.totals, isEstimate: false };
  const pricing = priceOrder({
    lines: [
      ...toPricingLines(order),
      ...pending.map((line) => ({
        id: line.input.id,
        unitPricePence: line.unitPricePence,
        modifierDeltasPence: line.modifierDeltasPence,
        quantity: line.input.quantity,
        vatRateBps: line.vatRateBps,
      })),
    ],
    orderDiscounts: orderDiscountRules(order),
    serviceChargeBps: order?.totals.serviceChargeBps ?? 0,
  });
  return {
    subtotalPence: pricing.subtotalPence,
    discountPence: pricing.discountPence,
    vatPence: pricing.vatPence,
    totalPence: pricing.totalPence,
    isEstimate: pending.length > 0,
  };
}
