import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from './order-state';
import {
  changeDue,
  type LedgerPayment,
  ledgerOf,
  orderStatusAfterPayment,
  quickCashAmounts,
  refundableFrom,
  splitBillByItems,
  splitBillEvenly,
  tipFor,
} from './payments';

const paid = (amountPence: number, over: Partial<LedgerPayment> = {}): LedgerPayment => ({
  status: 'SUCCEEDED',
  amountPence,
  tipPence: 0,
  refunds: [],
  ...over,
});

describe('ledgerOf', () => {
  it('£24.50 bill, £10.00 then £14.50 in cash: nothing due', () => {
    expect(ledgerOf(2450, [paid(1000), paid(1450)])).toEqual({
      paidPence: 2450,
      tipPence: 0,
      refundedPence: 0,
      duePence: 0,
    });
  });

  it('failed and pending payments do not count; tips are not part of the bill', () => {
    const ledger = ledgerOf(2450, [
      paid(1000, { tipPence: 100 }),
      paid(1450, { status: 'FAILED' }),
      paid(1450, { status: 'PENDING' }),
    ]);
    expect(ledger).toEqual({ paidPence: 1000, tipPence: 100, refundedPence: 0, duePence: 1450 });
  });

  it('money flagged for refund review (a late payment) does not pay the bill', () => {
    expect(ledgerOf(2450, [paid(2450, { needsRefundReview: true })])).toMatchObject({ paidPence: 0, duePence: 2450 });
  });

  it('a refund is counted (unless it failed) and does not make the bill due again', () => {
    const ledger = ledgerOf(2450, [
      paid(2450, {
        refunds: [
          { amountPence: 320, status: 'SUCCEEDED' },
          { amountPence: 100, status: 'PENDING' },
          { amountPence: 999, status: 'FAILED' },
        ],
      }),
    ]);
    expect(ledger).toEqual({ paidPence: 2450, tipPence: 0, refundedPence: 420, duePence: 0 });
  });
});

describe('refundableFrom', () => {
  it('what the payment took, tip included, less what was refunded', () => {
    expect(refundableFrom(paid(2000, { tipPence: 200 }))).toBe(2200);
    expect(refundableFrom(paid(2000, { tipPence: 200, refunds: [{ amountPence: 700, status: 'SUCCEEDED' }] }))).toBe(
      1500,
    );
    expect(refundableFrom(paid(2000, { refunds: [{ amountPence: 2000, status: 'SUCCEEDED' }] }))).toBe(0);
    expect(refundableFrom(paid(2000, { status: 'FAILED' }))).toBe(0);
  });
});

describe('cash', () => {
  it.each([
    [2000, 1745, 255],
    [1745, 1745, 0],
    [1000, 1745, -745],
  ])('tendered %i for %i → change %i', (tendered, charged, change) => {
    expect(changeDue(tendered, charged)).toBe(change);
  });

  it.each([
    [1745, [1745, 2000, 5000]],
    [320, [320, 500, 1000, 2000, 5000]],
    [500, [500, 1000, 2000, 5000]],
    [5000, [5000]],
    [6420, [6420, 7000, 10000]],
    [0, []],
  ])('quick cash for %i: %j', (due, amounts) => {
    expect(quickCashAmounts(due)).toEqual(amounts);
  });
});

describe('tips and splits', () => {
  it('10 % of £24.50 is £2.45; 12.5 % of £3.45 is 43p (43.125 → 43)', () => {
    expect(tipFor(2450, 1000)).toBe(245);
    expect(tipFor(345, 1250)).toBe(43);
  });

  it('£10.00 three ways: 334, 333, 333', () => {
    expect(splitBillEvenly(1000, 3)).toEqual([334, 333, 333]);
  });

  it('by items: each share pays its lines, and the rest is the last share; always the whole', () => {
    const lines = [
      { id: 'a', totalPence: 320 },
      { id: 'b', totalPence: 1150 },
      { id: 'c', totalPence: 280 },
      { id: 'd', totalPence: 700 },
    ];
    expect(splitBillByItems(lines, 0, [['a', 'c'], ['b']])).toEqual([600, 1150, 700]);
    expect(splitBillByItems(lines, 0, [['a', 'b', 'c', 'd']])).toEqual([2450]);
  });

  it('by items with a 12.5 % service charge: it is shared by the same weights, summing exactly', () => {
    const lines = [
      { id: 'a', totalPence: 333 },
      { id: 'b', totalPence: 333 },
      { id: 'c', totalPence: 334 },
    ];
    const shares = splitBillByItems(lines, 125, [['a'], ['b'], ['c']]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1125);
    // 125p by 333:333:334 → 41.625, 41.625, 41.75 → 42, 41, 42 by largest remainder (ties: first).
    expect(shares).toEqual([375, 374, 376]);
  });

  it('refuses a line in two shares', () => {
    expect(() => splitBillByItems([{ id: 'a', totalPence: 100 }], 0, [['a'], ['a']])).toThrow('two shares');
  });
});

describe('orderStatusAfterPayment', () => {
  it('what is due paid: closed; less: part-paid; a voided order cannot be paid', () => {
    expect(orderStatusAfterPayment('SENT', 985, 985)).toBe('CLOSED');
    expect(orderStatusAfterPayment('OPEN', 493, 985)).toBe('PARTIALLY_PAID');
    expect(orderStatusAfterPayment('PARTIALLY_PAID', 100, 492)).toBe('PARTIALLY_PAID');
    expect(orderStatusAfterPayment('PARTIALLY_PAID', 492, 492)).toBe('CLOSED');
    expect(() => orderStatusAfterPayment('VOIDED', 100, 100)).toThrow(InvalidTransitionError);
  });
});
