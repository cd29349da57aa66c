import { describe, expect, it } from 'vitest';
import { formatPence, InvalidMoneyError, parsePounds, splitByWeights, splitEvenly, vatFromGross } from './money';

describe('formatPence', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [1250, '£12.50'], // £12.50
    [123456, '£1,234.56'],
    [-420, '-£4.20'], // a refund
  ])('formats %i pence as %s', (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });

  it('refuses fractions of a penny', () => {
    expect(() => formatPence(12.5)).toThrow(RangeError);
  });
});

describe('parsePounds', () => {
  it.each([
    ['12.50', 1250],
    ['£3', 300],
    ['0.5', 50], // "50p" typed as pounds
    ['19.99', 1999], // exact: 19.99 * 100 in floats is 1998.9999999999998
    [' 4.2 ', 420],
    ['0', 0],
  ])('parses %s as %i pence', (text, pence) => {
    expect(parsePounds(text)).toBe(pence);
  });

  it.each(['', '12.345', '-1.00', '1,000', 'abc', '£', '.50', '1e3'])('refuses %j', (text) => {
    expect(() => parsePounds(text)).toThrow(InvalidMoneyError);
  });
});

describe('vatFromGross', () => {
  it.each([
    [360, 2000, 60], // £3.60 flat white at 20 %: £0.60 VAT
    [1000, 2000, 167], // £10.00: 166.67 → 167
    [100, 2000, 17], // £1.00: 16.67 → 17
    [3, 2000, 1], // 3p: 0.5 → rounds half up to 1
    [1, 2000, 0], // 1p: 0.17 → 0
    [525, 0, 0], // zero-rated takeaway sandwich
    [1050, 500, 50], // £10.50 at 5 %: exactly 50p
    [-360, 2000, -60], // a refund carries its VAT back
  ])('%i pence at %i bps contains %i pence VAT', (gross, rate, vat) => {
    expect(vatFromGross(gross, rate)).toBe(vat);
  });
});

describe('splitByWeights and splitEvenly', () => {
  it('splits £10.00 three ways into parts that sum to the whole', () => {
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
  });

  it('splits 1p two ways as 1p and 0p', () => {
    expect(splitEvenly(1, 2)).toEqual([1, 0]);
  });

  it('splits by weights with the largest remainders taking the spare pennies', () => {
    // £1.00 in the ratio 1:1:1:3 → 16.67, 16.67, 16.67, 50 → 17, 17, 16, 50
    expect(splitByWeights(100, [1, 1, 1, 3])).toEqual([17, 17, 16, 50]);
  });

  it.each([
    [9999, 7],
    [1, 5],
    [123457, 13],
  ])('always sums to the whole: %i pence in %i parts', (total, parts) => {
    const split = splitEvenly(total, parts);
    expect(split.reduce((sum, part) => sum + part, 0)).toBe(total);
    expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
  });

  it('refuses no parts, negative weights and all-zero weights', () => {
    expect(() => splitEvenly(100, 0)).toThrow(RangeError);
    expect(() => splitByWeights(100, [1, -1])).toThrow(RangeError);
    expect(() => splitByWeights(100, [0, 0])).toThrow(RangeError);
  });
});
