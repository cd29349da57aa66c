import { describe, expect, it } from 'vitest';
import { linesBySeat, refundForLines, shareAmount } from './bill-shares';

const lines = [
  { id: 'water', totalPence: 190 }, // £1.90
  { id: 'cola', totalPence: 220 }, // £2.20
  { id: 'crisps', totalPence: 150 }, // £1.50
  { id: 'cake', totalPence: 425 }, // £4.25
];
const bill = { duePence: 985, lines, serviceChargePence: 0 }; // £9.85

describe('shareAmount', () => {
  it('no split: the whole of what is due', () => {
    expect(shareAmount(null, bill)).toBe(985);
  });

  it('£9.85 two ways: £4.93 first (the odd penny), then the £4.92 left', () => {
    expect(shareAmount({ kind: 'EVEN', ways: 2, paidShares: 0 }, bill)).toBe(493);
    expect(shareAmount({ kind: 'EVEN', ways: 2, paidShares: 1 }, { ...bill, duePence: 492 })).toBe(492);
  });

  it('£10.00 three ways: £3.34, then £3.33 and £3.33 of what is left', () => {
    const ten = { ...bill, duePence: 1000 };
    expect(shareAmount({ kind: 'EVEN', ways: 3, paidShares: 0 }, ten)).toBe(334);
    expect(shareAmount({ kind: 'EVEN', ways: 3, paidShares: 1 }, { ...ten, duePence: 666 })).toBe(333);
    expect(shareAmount({ kind: 'EVEN', ways: 3, paidShares: 2 }, { ...ten, duePence: 333 })).toBe(333);
  });

  it('more shares paid than planned (someone paid short): the last share is all that is due', () => {
    expect(shareAmount({ kind: 'EVEN', ways: 2, paidShares: 2 }, { ...bill, duePence: 10 })).toBe(10);
  });

  it('by items: the chosen lines’ totals (cola + cake = £6.45)', () => {
    expect(shareAmount({ kind: 'ITEMS', lineIds: ['cola', 'cake'] }, bill)).toBe(645);
  });

  it('by items with 10 % service (£0.99): the share carries its part of it', () => {
    // £9.85 of items + £0.99 service; cake is 425/985 of the items → 43p of the service.
    expect(shareAmount({ kind: 'ITEMS', lineIds: ['cake'] }, { ...bill, duePence: 1084, serviceChargePence: 99 })).toBe(
      468,
    );
  });

  it('by items: nothing chosen is £0.00; never more than is still due', () => {
    expect(shareAmount({ kind: 'ITEMS', lineIds: [] }, bill)).toBe(0);
    expect(shareAmount({ kind: 'ITEMS', lineIds: ['cake'] }, { ...bill, duePence: 300 })).toBe(300);
  });

  it('a typed amount, capped at what is due', () => {
    expect(shareAmount({ kind: 'AMOUNT', amountPence: 500 }, bill)).toBe(500);
    expect(shareAmount({ kind: 'AMOUNT', amountPence: 2000 }, bill)).toBe(985);
  });

  it('nothing due: every share is £0.00', () => {
    expect(shareAmount({ kind: 'EVEN', ways: 2, paidShares: 0 }, { ...bill, duePence: 0 })).toBe(0);
  });
});

describe('linesBySeat', () => {
  it('groups by seat, seat 1 first and unseated last, leaving out voided (0p) lines', () => {
    const seated = [
      { id: 'a', totalPence: 340, seat: 2 },
      { id: 'b', totalPence: 280, seat: null },
      { id: 'c', totalPence: 1150, seat: 1 },
      { id: 'd', totalPence: 380, seat: 2 },
      { id: 'e', totalPence: 0, seat: 3 },
    ];
    expect(linesBySeat(seated)).toEqual([
      { seat: 1, lineIds: ['c'], totalPence: 1150 },
      { seat: 2, lineIds: ['a', 'd'], totalPence: 720 },
      { seat: null, lineIds: ['b'], totalPence: 280 },
    ]);
  });
});

describe('refundForLines', () => {
  it('crisps refunded: £1.50', () => {
    expect(refundForLines(lines, ['crisps'], 492)).toBe(150);
  });

  it('cola and cake (£6.45) from a £4.92 payment: capped at £4.92', () => {
    expect(refundForLines(lines, ['cola', 'cake'], 492)).toBe(492);
  });

  it('nothing chosen: £0.00', () => {
    expect(refundForLines(lines, [], 492)).toBe(0);
  });
});
