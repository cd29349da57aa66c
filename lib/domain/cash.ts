// The cash drawer: what should be in it, what was counted, and the difference. Pure, in pence.

export type CashMovementKind = 'PAY_IN' | 'PAY_OUT' | 'SAFE_DROP' | 'NO_SALE';

export type DrawerActivity = {
  floatPence: number;
  /** Cash kept from sales: amount + tip of each cash payment (tendered less change given). */
  cashTakenPence: number;
  /** Cash handed back as refunds. */
  cashRefundedPence: number;
  movements: readonly { kind: CashMovementKind; amountPence: number }[];
};

const SIGN: Record<CashMovementKind, number> = { PAY_IN: 1, PAY_OUT: -1, SAFE_DROP: -1, NO_SALE: 0 };

/** What movements put into (+) or took out of (−) a drawer: pay-ins less pay-outs and safe drops. */
function netMovements(movements: DrawerActivity['movements']): number {
  return movements.reduce((sum, movement) => sum + SIGN[movement.kind] * movement.amountPence, 0);
}

/** float + cash taken − refunds + pay-ins − pay-outs − safe drops (a no-sale only opens the drawer). */
export function expectedCash(activity: DrawerActivity): number {
  return activity.floatPence + activity.cashTakenPence - activity.cashRefundedPence + netMovements(activity.movements);
}

/** The counted total from notes and coins: { "2000": 3, "50": 4 } → £62.00. */
export function countDenominations(counts: Readonly<Partial<Record<string, number>>>): number {
  return Object.entries(counts).reduce((sum, [pence, count]) => sum + Number(pence) * (count ?? 0), 0);
}

/** Counted minus expected: negative is cash missing, positive is cash over. */
export function cashVariance(countedPence: number, expectedPence: number): number {
  return countedPence - expectedPence;
}

/** Whether a close needs a manager's sign-off: a variance (either way) above the location's limit. */
export function varianceNeedsApproval(variancePence: number, limitPence: number): boolean {
  return Math.abs(variancePence) > limitPence;
}
