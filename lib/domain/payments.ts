// Money taken against an order (design.md §5–6): what a bill still owes, change and quick-cash
// amounts, tips, splits and refund limits. Pure: no I/O, integer pence. The payment state machine
// is payment-state.ts.
import { splitByWeights, splitEvenly } from './money';
import { assertOrderTransition, type OrderStatus } from './order-state';
import type { PaymentStatus } from './payment-state';
import { percentOf } from './pricing';

export type LedgerRefund = { amountPence: number; status: 'PENDING' | 'SUCCEEDED' | 'FAILED' };
export type LedgerPayment = {
  status: PaymentStatus;
  amountPence: number;
  tipPence: number;
  refunds: readonly LedgerRefund[];
  /** Money that arrived for a bill that no longer needed it: kept apart, to be refunded. */
  needsRefundReview?: boolean;
};

export type Ledger = { paidPence: number; tipPence: number; refundedPence: number; duePence: number };

/**
 * What an order's payments add up to. Only succeeded payments count (not money flagged for a
 * refund because the bill no longer needed it); a refund that has not failed
 * counts as given back (a pending refund must not be given twice). A refund does not make the
 * bill due again: the sale is reversed, not reopened.
 */
export function ledgerOf(totalPence: number, payments: readonly LedgerPayment[]): Ledger {
  const succeeded = payments.filter((payment) => payment.status === 'SUCCEEDED' && !payment.needsRefundReview);
  const paidPence = succeeded.reduce((sum, payment) => sum + payment.amountPence, 0);
  const tipPence = succeeded.reduce((sum, payment) => sum + payment.tipPence, 0);
  const refundedPence = payments.reduce((sum, payment) => sum + refundedFrom(payment), 0);
  return { paidPence, tipPence, refundedPence, duePence: Math.max(0, totalPence - paidPence) };
}

/**
 * Where a payment of `amountPence` against `duePence` leaves the order: closed when nothing is left
 * due (through PAID), otherwise part-paid. Throws for a move the order state machine forbids.
 */
export function orderStatusAfterPayment(current: OrderStatus, amountPence: number, duePence: number): OrderStatus {
  if (amountPence === duePence) {
    assertOrderTransition(current, 'PAID');
    assertOrderTransition('PAID', 'CLOSED');
    return 'CLOSED';
  }
  if (current !== 'PARTIALLY_PAID') assertOrderTransition(current, 'PARTIALLY_PAID');
  return 'PARTIALLY_PAID';
}

/** Refunded (or being refunded) from one payment. */
export function refundedFrom(payment: Pick<LedgerPayment, 'refunds'>): number {
  return payment.refunds.filter((refund) => refund.status !== 'FAILED').reduce((sum, r) => sum + r.amountPence, 0);
}

/** The most that may still be refunded from a payment: what it took (tip included) less refunds. */
export function refundableFrom(payment: LedgerPayment): number {
  if (payment.status !== 'SUCCEEDED') return 0;
  return Math.max(0, payment.amountPence + payment.tipPence - refundedFrom(payment));
}

/** Change for a cash tender; negative means the tender is short. */
export function changeDue(tenderedPence: number, chargedPence: number): number {
  return tenderedPence - chargedPence;
}

/** The note amounts a cashier is most likely handed: exact, then £5, £10, £20, £50 that cover it. */
export function quickCashAmounts(duePence: number): number[] {
  if (duePence <= 0) return [];
  const notes = [500, 1000, 2000, 5000].filter((note) => note > duePence);
  // A bill above £50 gets the next round tens of pounds instead.
  const rounded = duePence > 5000 ? [Math.ceil(duePence / 1000) * 1000, Math.ceil(duePence / 5000) * 5000] : [];
  return [...new Set([duePence, ...notes, ...rounded])].filter((amount) => amount >= duePence).slice(0, 5);
}

/** A tip as a percentage of the amount paid, in basis points (1000 = 10 %), half up to the penny. */
export function tipFor(amountPence: number, percentBps: number): number {
  return percentOf(amountPence, percentBps);
}

/** The bill shared equally between `ways` people; the first shares carry the odd pennies. */
export function splitBillEvenly(duePence: number, ways: number): number[] {
  return splitEvenly(duePence, ways);
}

export type SplitLine = { id: string; totalPence: number };

/**
 * Splits a bill by items: each group pays its lines' totals plus its share of the service charge
 * (by the same weights); lines in no group make a last share. The shares always sum to the bill.
 */
export function splitBillByItems(
  lines: readonly SplitLine[],
  serviceChargePence: number,
  groups: readonly (readonly string[])[],
): number[] {
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const id of group) {
      if (groupOf.has(id)) throw new Error(`Line ${id} is in two shares`);
      groupOf.set(id, index);
    }
  });
  const shares = groups.map(() => 0);
  let rest = 0;
  let restUsed = false;
  for (const line of lines) {
    const index = groupOf.get(line.id);
    if (index === undefined) {
      rest += line.totalPence;
      restUsed = true;
    } else shares[index]! += line.totalPence;
  }
  const all = restUsed ? [...shares, rest] : shares;
  if (serviceChargePence === 0) return all;
  const weights = all.every((share) => share === 0) ? all.map(() => 1) : all;
  const service = splitByWeights(serviceChargePence, weights);
  return all.map((share, index) => share + service[index]!);
}
