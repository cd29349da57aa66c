// Order pricing: the one place a total is computed, run by the till (to show it) and by the server
// (to charge it) from the same rows. All amounts are VAT-inclusive integer pence.
//
// Rounding rule (the only one): each line's VAT is extracted from that line's final gross (after
// its own discount and its share of order discounts) with vatFromGross — half up to the penny.
// Order-level discounts are shared across lines in proportion to their totals by largest
// remainder, so shares always add up to the discount. The service charge is discretionary, so
// (per HMRC) it carries no VAT and is not discounted.
import { splitByWeights, vatFromGross } from './money';

/** A discount as entered: a percentage in basis points, or an amount of pence. */
export type DiscountRule = { kind: 'PERCENT'; percentBps: number } | { kind: 'AMOUNT'; amountPence: number };

/** A stored discount (or a request for one) as the rule pricing applies. */
export function discountRule(discount: {
  kind: 'PERCENT' | 'AMOUNT';
  percentBps?: number | null;
  amountPence?: number | null;
}): DiscountRule {
  return discount.kind === 'PERCENT'
    ? { kind: 'PERCENT', percentBps: discount.percentBps ?? 0 }
    : { kind: 'AMOUNT', amountPence: discount.amountPence ?? 0 };
}

export type PricingLine = {
  id: string;
  unitPricePence: number;
  /** Each chosen modifier's price change (may be negative, e.g. "no cheese" −50). */
  modifierDeltasPence: readonly number[];
  quantity: number;
  vatRateBps: number;
  /** Voided lines stay on the order for the record but cost nothing. */
  isVoided?: boolean;
  discounts?: readonly DiscountRule[];
};

export type PricedLine = {
  id: string;
  /** (unit + modifier deltas) × quantity, before discounts. */
  grossPence: number;
  discountPence: number;
  totalPence: number;
  vatRateBps: number;
  vatPence: number;
};

export type VatBand = { rateBps: number; grossPence: number; vatPence: number; netPence: number };

export type OrderPricing = {
  lines: PricedLine[];
  /** Sum of line gross amounts before any discount. */
  subtotalPence: number;
  /** Line and order discounts together. */
  discountPence: number;
  serviceChargePence: number;
  /** What the bill comes to: lines after discounts, plus service charge. */
  totalPence: number;
  vatPence: number;
  vatBands: VatBand[];
};

/** Thrown when a price, quantity or discount is not a valid whole number in range. */
export class InvalidPricingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPricingError';
  }
}

function assertWhole(value: number, what: string, min = 0) {
  if (!Number.isSafeInteger(value) || value < min)
    throw new InvalidPricingError(`${what} must be a whole number ≥ ${min}, got ${value}`);
}

/** Percent of an amount in pence, half up: 10 % of £3.45 → 35p (34.5 rounds up). */
export function percentOf(amountPence: number, percentBps: number): number {
  assertWhole(amountPence, 'amount');
  assertWhole(percentBps, 'percentage');
  if (percentBps > 10_000) throw new InvalidPricingError('A percentage cannot be over 100 %');
  return Math.floor((2 * amountPence * percentBps + 10_000) / 20_000);
}

/** What a discount takes off an amount, never more than the amount itself. */
export function discountAmount(amountPence: number, rule: DiscountRule): number {
  if (rule.kind === 'PERCENT') return percentOf(amountPence, rule.percentBps);
  assertWhole(rule.amountPence, 'discount');
  return Math.min(rule.amountPence, amountPence);
}

/** (unit + modifier deltas) × quantity. A line can never be priced below zero. */
export function lineGross(line: Pick<PricingLine, 'unitPricePence' | 'modifierDeltasPence' | 'quantity'>): number {
  assertWhole(line.unitPricePence, 'unit price');
  assertWhole(line.quantity, 'quantity', 1);
  for (const delta of line.modifierDeltasPence) {
    if (!Number.isSafeInteger(delta)) throw new InvalidPricingError(`modifier price must be whole pence, got ${delta}`);
  }
  const unit = line.unitPricePence + line.modifierDeltasPence.reduce((sum, delta) => sum + delta, 0);
  return Math.max(0, unit) * line.quantity;
}

export type PriceOrderInput = {
  lines: readonly PricingLine[];
  orderDiscounts?: readonly DiscountRule[];
  serviceChargeBps?: number;
};

/** Prices a whole order: lines, discounts, service charge and VAT by rate. */
export function priceOrder({ lines, orderDiscounts = [], serviceChargeBps = 0 }: PriceOrderInput): OrderPricing {
  const live = lines.filter((line) => !line.isVoided);
  const afterLineDiscounts = live.map((line) => {
    const grossPence = lineGross(line);
    let remaining = grossPence;
    for (const rule of line.discounts ?? []) remaining -= discountAmount(remaining, rule);
    return { line, grossPence, lineDiscountPence: grossPence - remaining, remaining };
  });
  const linesTotal = afterLineDiscounts.reduce((sum, entry) => sum + entry.remaining, 0);
  let orderDiscountPence = 0;
  let left = linesTotal;
  for (const rule of orderDiscounts) {
    const taken = discountAmount(left, rule);
    orderDiscountPence += taken;
    left -= taken;
  }
  const shares =
    orderDiscountPence > 0 && linesTotal > 0
      ? splitByWeights(
          orderDiscountPence,
          afterLineDiscounts.map((entry) => entry.remaining),
        )
      : afterLineDiscounts.map(() => 0);

  const priced: PricedLine[] = afterLineDiscounts.map((entry, index) => {
    const totalPence = entry.remaining - shares[index]!;
    return {
      id: entry.line.id,
      grossPence: entry.grossPence,
      discountPence: entry.lineDiscountPence + shares[index]!,
      totalPence,
      vatRateBps: entry.line.vatRateBps,
      vatPence: vatFromGross(totalPence, entry.line.vatRateBps),
    };
  });
  const voided: PricedLine[] = lines
    .filter((line) => line.isVoided)
    .map((line) => ({
      id: line.id,
      grossPence: 0,
      discountPence: 0,
      totalPence: 0,
      vatRateBps: line.vatRateBps,
      vatPence: 0,
    }));

  const bands = new Map<number, VatBand>();
  for (const line of priced) {
    const band = bands.get(line.vatRateBps) ?? { rateBps: line.vatRateBps, grossPence: 0, vatPence: 0, netPence: 0 };
    band.grossPence += line.totalPence;
    band.vatPence += line.vatPence;
    band.netPence = band.grossPence - band.vatPence;
    bands.set(line.vatRateBps, band);
  }
  const itemsTotal = priced.reduce((sum, line) => sum + line.totalPence, 0);
  const serviceChargePence = serviceChargeBps > 0 ? percentOf(itemsTotal, serviceChargeBps) : 0;
  const order = new Map(lines.map((line, index) => [line.id, index]));
  return {
    lines: [...priced, ...voided].sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    subtotalPence: priced.reduce((sum, line) => sum + line.grossPence, 0),
    discountPence: priced.reduce((sum, line) => sum + line.discountPence, 0),
    serviceChargePence,
    totalPence: itemsTotal + serviceChargePence,
    vatPence: priced.reduce((sum, line) => sum + line.vatPence, 0),
    vatBands: [...bands.values()].sort((a, b) => b.rateBps - a.rateBps),
  };
}

export type DiscountLimitCheck = {
  /** The cashier's limit in basis points (1000 = 10 %). */
  limitBps: number;
  /** The line a new discount is on; omit for a discount on the whole order. */
  lineId?: string;
};

/**
 * Whether an order's discounts, all of them together, take more than a limit off: off the order's
 * items (line and order discounts alike), and, for a line discount, off that line. Stacking small
 * discounts therefore counts as one big one. Compared in pence, with the limit rounded as a
 * percentage discount is, so a 10 % discount on its own is always within a 10 % limit.
 */
export function exceedsDiscountLimit(
  { lines, orderDiscounts = [] }: Pick<PriceOrderInput, 'lines' | 'orderDiscounts'>,
  { limitBps, lineId }: DiscountLimitCheck,
): boolean {
  const line = lineId === undefined ? undefined : lines.find((candidate) => candidate.id === lineId);
  if (line && !line.isVoided) {
    const grossPence = lineGross(line);
    let remaining = grossPence;
    for (const rule of line.discounts ?? []) remaining -= discountAmount(remaining, rule);
    if (grossPence - remaining > percentOf(grossPence, limitBps)) return true;
  }
  const pricing = priceOrder({ lines, orderDiscounts });
  return pricing.discountPence > percentOf(pricing.subtotalPence, limitBps);
}
