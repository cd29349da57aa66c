// Sharing a bill out while it is paid: the share being paid now (an even split, some items or a
// seat's items, or a typed amount), a table's items by seat, and a refund for chosen items.
// Pure, integer pence; the sums themselves come from payments.ts.
import { splitBillByItems, splitBillEvenly, type SplitLine } from './payments';

/** How the bill is being shared out, if it is. */
export type SplitPlan =
  /** N equal shares; `paidShares` of them are paid already. */
  | { kind: 'EVEN'; ways: number; paidShares: number }
  /** The chosen lines (their totals plus their part of any service charge). */
  | { kind: 'ITEMS'; lineIds: readonly string[] }
  /** A typed amount. */
  | { kind: 'AMOUNT'; amountPence: number };

export type BillToShare = {
  duePence: number;
  /** The order's lines still on the bill (voided lines total 0 and may be left in). */
  lines: readonly SplitLine[];
  serviceChargePence: number;
};

/**
 * What the share being paid now comes to, never more than is due. An even split shares what is
 * still due between the shares not yet paid, so the shares always add up to the bill even when
 * another payment came in between.
 */
export function shareAmount(plan: SplitPlan | null, bill: BillToShare): number {
  if (bill.duePence <= 0) return 0;
  if (!plan) return bill.duePence;
  switch (plan.kind) {
    case 'EVEN':
      return splitBillEvenly(bill.duePence, Math.max(1, plan.ways - plan.paidShares))[0]!;
    case 'ITEMS': {
      const chosen = [...new Set(plan.lineIds)];
      if (!bill.lines.some((line) => chosen.includes(line.id))) return 0;
      const [share] = splitBillByItems(bill.lines, bill.serviceChargePence, [chosen]);
      return Math.min(bill.duePence, share!);
    }
    case 'AMOUNT':
      return Math.min(bill.duePence, Math.max(0, plan.amountPence));
  }
}

export type SeatLine = SplitLine & { seat: number | null };
export type SeatGroup = { seat: number | null; lineIds: string[]; totalPence: number };

/** A table's lines by seat (seat 1 first), lines without a seat last; voided (0p) lines left out. */
export function linesBySeat(lines: readonly SeatLine[]): SeatGroup[] {
  const groups = new Map<number | null, SeatGroup>();
  for (const line of lines) {
    if (line.totalPence <= 0) continue;
    const group = groups.get(line.seat) ?? { seat: line.seat, lineIds: [], totalPence: 0 };
    group.lineIds.push(line.id);
    group.totalPence += line.totalPence;
    groups.set(line.seat, group);
  }
  return [...groups.values()].sort((a, b) => (a.seat ?? Infinity) - (b.seat ?? Infinity));
}

/** A refund for chosen lines: what they cost, but never more than the payment can still give back. */
export function refundForLines(
  lines: readonly SplitLine[],
  lineIds: readonly string[],
  refundablePence: number,
): number {
  const chosen = new Set(lineIds);
  const total = lines.filter((line) => chosen.has(line.id)).reduce((sum, line) => sum + line.totalPence, 0);
  return Math.max(0, Math.min(total, refundablePence));
}
