// An order's bill as the API shows it: each line priced, the totals, and what its payments leave
// due. One function for the server's answer and for the till's own sum while offline (issue 12),
// so the total a cashier shows offline is the total the server computes when the order syncs.
import { type LedgerPayment, ledgerOf } from './payments';
import { type DiscountRule, type PricedLine, type PricingLine, priceOrder, type VatBand } from './pricing';

export type OrderTotalsInput = {
  lines: readonly PricingLine[];
  orderDiscounts: readonly DiscountRule[];
  serviceChargeBps: number;
  payments: readonly LedgerPayment[];
};

export type OrderTotals = {
  serviceChargeBps: number;
  subtotalPence: number;
  discountPence: number;
  serviceChargePence: number;
  totalPence: number;
  vatPence: number;
  tipPence: number;
  paidPence: number;
  refundedPence: number;
  duePence: number;
  vatBands: VatBand[];
};

/** Prices the lines (by id) and sums the bill and its ledger. */
export function orderTotals({ lines, orderDiscounts, serviceChargeBps, payments }: OrderTotalsInput): {
  lines: ReadonlyMap<string, PricedLine>;
  totals: OrderTotals;
} {
  const pricing = priceOrder({ lines, orderDiscounts, serviceChargeBps });
  return {
    lines: new Map(pricing.lines.map((line) => [line.id, line])),
    totals: {
      serviceChargeBps,
      subtotalPence: pricing.subtotalPence,
      discountPence: pricing.discountPence,
      serviceChargePence: pricing.serviceChargePence,
      totalPence: pricing.totalPence,
      vatPence: pricing.vatPence,
      ...ledgerOf(pricing.totalPence, payments),
      vatBands: pricing.vatBands,
    },
  };
}
