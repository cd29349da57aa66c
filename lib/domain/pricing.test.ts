import { describe, expect, it } from 'vitest';
import {
  discountRule,
  discountAmount,
  type DiscountRule,
  exceedsDiscountLimit,
  InvalidPricingError,
  lineGross,
  percentOf,
  priceOrder,
  type PricingLine,
} from './pricing';

const line = (id: string, unitPricePence: number, extra: Partial<PricingLine> = {}): PricingLine => ({
  id,
  unitPricePence,
  modifierDeltasPence: [],
  quantity: 1,
  vatRateBps: 2000,
  ...extra,
});

describe('lineGross', () => {
  it.each([
    [340, [], 1, 340], // flat white £3.40
    [340, [40], 2, 760], // 2 × flat white with oat (+40p) = £7.60
    [350, [50, 60, 50], 1, 510], // large latte, extra shot, vanilla = £5.10
    [150, [-200], 1, 0], // a modifier can never make a line negative
  ])('unit %i with deltas %j × %i = %i pence', (unit, deltas, quantity, gross) => {
    expect(lineGross({ unitPricePence: unit, modifierDeltasPence: deltas, quantity })).toBe(gross);
  });

  it.each([0, -1, 1.5])('refuses quantity %s', (quantity) => {
    expect(() => lineGross({ unitPricePence: 100, modifierDeltasPence: [], quantity })).toThrow(InvalidPricingError);
  });

  it('refuses fractional pence', () => {
    expect(() => lineGross({ unitPricePence: 99.5, modifierDeltasPence: [], quantity: 1 })).toThrow(
      InvalidPricingError,
    );
  });
});

describe('percentOf and discountAmount', () => {
  it.each([
    [345, 1000, 35], // 10 % of £3.45 = 34.5p → 35p (half up)
    [1000, 1250, 125], // 12.5 % of £10.00 = £1.25
    [999, 3333, 333], // 33.33 % of £9.99 = 332.97 → 333
    [500, 10_000, 500], // 100 %
    [500, 0, 0],
  ])('%i pence × %i bps = %i pence', (amount, bps, result) => {
    expect(percentOf(amount, bps)).toBe(result);
  });

  it('refuses over 100 %', () => {
    expect(() => percentOf(100, 10_001)).toThrow(InvalidPricingError);
  });

  it('caps an amount discount at the amount', () => {
    expect(discountAmount(300, { kind: 'AMOUNT', amountPence: 500 })).toBe(300);
    expect(discountAmount(300, { kind: 'AMOUNT', amountPence: 120 })).toBe(120);
  });
});

describe('priceOrder', () => {
  it('prices a café order: £3.40 + 2 × £3.80 (oat) + £2.80 = £13.80 with £2.30 VAT', () => {
    const pricing = priceOrder({
      lines: [
        line('flat-white', 340),
        line('latte-oat', 340, { modifierDeltasPence: [40], quantity: 2 }),
        line('croissant', 280),
      ],
    });
    expect(pricing.totalPence).toBe(1380);
    expect(pricing.subtotalPence).toBe(1380);
    // VAT per line: 340 → 57 (56.67), 760 → 127 (126.67), 280 → 47 (46.67) = 231
    expect(pricing.lines.map((l) => l.vatPence)).toEqual([57, 127, 47]);
    expect(pricing.vatPence).toBe(231);
    expect(pricing.vatBands).toEqual([{ rateBps: 2000, grossPence: 1380, vatPence: 231, netPence: 1149 }]);
  });

  it('keeps zero-rated takeaway food out of VAT and reports each rate', () => {
    const pricing = priceOrder({ lines: [line('coffee', 300), line('sandwich', 525, { vatRateBps: 0 })] });
    expect(pricing.vatPence).toBe(50);
    expect(pricing.vatBands).toEqual([
      { rateBps: 2000, grossPence: 300, vatPence: 50, netPence: 250 },
      { rateBps: 0, grossPence: 525, vatPence: 0, netPence: 525 },
    ]);
  });

  it('applies a line discount to that line only', () => {
    const pricing = priceOrder({
      lines: [line('a', 1000, { discounts: [{ kind: 'PERCENT', percentBps: 1000 }] }), line('b', 500)],
    });
    expect(pricing.lines.map((l) => [l.discountPence, l.totalPence])).toEqual([
      [100, 900],
      [0, 500],
    ]);
    expect(pricing.totalPence).toBe(1400);
    expect(pricing.discountPence).toBe(100);
  });

  it('shares an order discount across lines by largest remainder, so the VAT follows the money', () => {
    // £1.00 off £10.00 + £0 VAT sandwich £5.00 → shares 67p and 33p (66.67 / 33.33)
    const pricing = priceOrder({
      lines: [line('hot', 1000), line('cold', 500, { vatRateBps: 0 })],
      orderDiscounts: [{ kind: 'AMOUNT', amountPence: 100 }],
    });
    expect(pricing.lines.map((l) => l.discountPence)).toEqual([67, 33]);
    expect(pricing.totalPence).toBe(1400);
    expect(pricing.discountPence).toBe(100);
    expect(pricing.lines[0]!.vatPence).toBe(156); // VAT in £9.33 at 20 % = 155.5 → 156
  });

  it('never discounts below zero', () => {
    const pricing = priceOrder({ lines: [line('a', 300)], orderDiscounts: [{ kind: 'AMOUNT', amountPence: 1000 }] });
    expect(pricing.totalPence).toBe(0);
    expect(pricing.discountPence).toBe(300);
    expect(pricing.vatPence).toBe(0);
  });

  it('leaves voided lines on the order at zero', () => {
    const pricing = priceOrder({ lines: [line('a', 300), line('b', 450, { isVoided: true })] });
    expect(pricing.totalPence).toBe(300);
    expect(pricing.lines.map((l) => [l.id, l.totalPence])).toEqual([
      ['a', 300],
      ['b', 0],
    ]);
  });

  it('adds a discretionary service charge on the discounted total, with no VAT on it', () => {
    // 12.5 % of £20.00 = £2.50
    const pricing = priceOrder({ lines: [line('a', 2000)], serviceChargeBps: 1250 });
    expect(pricing.serviceChargePence).toBe(250);
    expect(pricing.totalPence).toBe(2250);
    expect(pricing.vatPence).toBe(333);
  });

  it('an empty order is £0.00', () => {
    expect(priceOrder({ lines: [] })).toMatchObject({ totalPence: 0, vatPence: 0, discountPence: 0, vatBands: [] });
  });

  it('order discount shares always sum to the discount (many lines)', () => {
    const lines = Array.from({ length: 7 }, (_, index) => line(`l${index}`, 100 + index * 37));
    const pricing = priceOrder({ lines, orderDiscounts: [{ kind: 'PERCENT', percentBps: 1500 }] });
    const gross = lines.reduce((sum, l) => sum + l.unitPricePence, 0);
    expect(pricing.discountPence).toBe(percentOf(gross, 1500));
    expect(pricing.totalPence).toBe(gross - pricing.discountPence);
  });
});

describe('exceedsDiscountLimit (cashier limit 10 %)', () => {
  const tenPercent: DiscountRule = { kind: 'PERCENT', percentBps: 1000 };
  const limit = { limitBps: 1000 };

  it('one 10 % discount is within 10 %, even where it rounds up (10 % of £3.45 = 35p)', () => {
    expect(exceedsDiscountLimit({ lines: [line('a', 345)], orderDiscounts: [tenPercent] }, limit)).toBe(false);
  });

  it('two 10 % discounts on one order are 19 % together: over the limit', () => {
    expect(exceedsDiscountLimit({ lines: [line('a', 2200)], orderDiscounts: [tenPercent, tenPercent] }, limit)).toBe(
      true,
    );
  });

  it('thirty 10 % discounts (£22.00 → 93p) are over the limit', () => {
    const orderDiscounts = Array.from({ length: 30 }, () => tenPercent);
    expect(priceOrder({ lines: [line('a', 2200)], orderDiscounts }).totalPence).toBe(93);
    expect(exceedsDiscountLimit({ lines: [line('a', 2200)], orderDiscounts }, limit)).toBe(true);
  });

  it('an amount off a line counts as its share of that line: 15p off £1.50 is within, 16p is over', () => {
    const crisps = (amountPence: number) => line('crisps', 150, { discounts: [{ kind: 'AMOUNT', amountPence }] });
    const lines = (amountPence: number) => [crisps(amountPence), line('breakfast', 2050)];
    expect(exceedsDiscountLimit({ lines: lines(15) }, { ...limit, lineId: 'crisps' })).toBe(false);
    expect(exceedsDiscountLimit({ lines: lines(16) }, { ...limit, lineId: 'crisps' })).toBe(true);
  });

  it('a line given away free is over the limit even when the bill is large', () => {
    const lines = [line('crisps', 150, { discounts: [{ kind: 'PERCENT', percentBps: 10_000 }] }), line('b', 5000)];
    expect(exceedsDiscountLimit({ lines }, { ...limit, lineId: 'crisps' })).toBe(true);
  });

  it('a line discount on top of a 10 % order discount takes the order over the limit', () => {
    const lines = [line('crisps', 150, { discounts: [tenPercent] }), line('b', 2050)];
    expect(exceedsDiscountLimit({ lines, orderDiscounts: [tenPercent] }, { ...limit, lineId: 'crisps' })).toBe(true);
    expect(exceedsDiscountLimit({ lines, orderDiscounts: [] }, { ...limit, lineId: 'crisps' })).toBe(false);
  });

  it('voided lines count for nothing: 10 % of the live lines is the limit', () => {
    const lines = [line('a', 1000), line('voided', 5000, { isVoided: true })];
    expect(exceedsDiscountLimit({ lines, orderDiscounts: [{ kind: 'AMOUNT', amountPence: 100 }] }, limit)).toBe(false);
    expect(exceedsDiscountLimit({ lines, orderDiscounts: [{ kind: 'AMOUNT', amountPence: 101 }] }, limit)).toBe(true);
  });
});

describe('discountRule', () => {
  it.each([
    [
      { kind: 'PERCENT', percentBps: 1000, amountPence: null },
      { kind: 'PERCENT', percentBps: 1000 },
    ],
    [
      { kind: 'AMOUNT', percentBps: null, amountPence: 150 },
      { kind: 'AMOUNT', amountPence: 150 },
    ],
    // A stored row missing its figure discounts nothing rather than failing the bill.
    [
      { kind: 'PERCENT', percentBps: null },
      { kind: 'PERCENT', percentBps: 0 },
    ],
  ] as const)('%o → %o', (stored, rule) => {
    expect(discountRule(stored)).toEqual(rule);
  });
});
