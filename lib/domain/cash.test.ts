import { describe, expect, it } from 'vitest';
import { cashVariance, countDenominations, expectedCash, varianceNeedsApproval } from './cash';

describe('expectedCash', () => {
  it('£100 float, £62.40 taken, £3.20 refunded, £20 paid in, £10 paid out, £50 dropped: £119.20', () => {
    expect(
      expectedCash({
        floatPence: 10_000,
        cashTakenPence: 6_240,
        cashRefundedPence: 320,
        movements: [
          { kind: 'PAY_IN', amountPence: 2_000 },
          { kind: 'PAY_OUT', amountPence: 1_000 },
          { kind: 'SAFE_DROP', amountPence: 5_000 },
          { kind: 'NO_SALE', amountPence: 0 },
        ],
      }),
    ).toBe(11_920);
  });

  it('an untouched drawer expects its float', () => {
    expect(expectedCash({ floatPence: 15_000, cashTakenPence: 0, cashRefundedPence: 0, movements: [] })).toBe(15_000);
  });
});

describe('counting', () => {
  it('3 × £20, 4 × 50p, 7 × 1p → £62.07', () => {
    expect(countDenominations({ '2000': 3, '50': 4, '1': 7 })).toBe(6_207);
  });

  it('variance is counted − expected; the limit applies both ways, and exactly at it is fine', () => {
    expect(cashVariance(11_800, 11_920)).toBe(-120);
    expect(varianceNeedsApproval(-120, 500)).toBe(false);
    expect(varianceNeedsApproval(500, 500)).toBe(false);
    expect(varianceNeedsApproval(-501, 500)).toBe(true);
    expect(varianceNeedsApproval(501, 500)).toBe(true);
  });
});
