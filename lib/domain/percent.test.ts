import { describe, expect, it } from 'vitest';
import { formatBps, InvalidPercentError, parsePercent, percentText } from './percent';

describe('parsePercent', () => {
  it.each([
    ['10', 1000], // a 10 % tip
    ['12.5', 1250],
    ['12.50', 1250],
    ['0.25', 25],
    ['0', 0],
    [' 15 % ', 1500],
    ['20%', 2000],
    ['14.99', 1499], // exact: 14.99 * 100 in floats is 1498.9999999999998
  ])('parses %j as %i basis points', (text, bps) => {
    expect(parsePercent(text)).toBe(bps);
  });

  it.each(['', '%', '-5', '1.234', '1,5', 'ten', '.5', '1e2', '1000'])('refuses %j', (text) => {
    expect(() => parsePercent(text)).toThrow(InvalidPercentError);
  });
});

describe('percentText and formatBps', () => {
  it.each([
    [1000, '10'],
    [1250, '12.5'],
    [1499, '14.99'],
    [25, '0.25'],
    [5, '0.05'],
    [0, '0'],
  ])('shows %i basis points as %j', (bps, text) => {
    expect(percentText(bps)).toBe(text);
    expect(formatBps(bps)).toBe(`${text} %`);
    expect(parsePercent(text)).toBe(bps);
  });

  it.each([
    [2000, '20 %'], // standard VAT
    [500, '5 %'], // reduced VAT
    [0, '0 %'], // zero-rated
    [1250, '12.5 %'], // a service charge
    [10000, '100 %'], // a whole-bill discount
  ])('a person reads %i basis points as %j', (bps, shown) => {
    expect(formatBps(bps)).toBe(shown);
  });

  it.each([12.5, -1, Number.NaN])('refuses %d, which is not a whole non-negative number of basis points', (bps) => {
    expect(() => formatBps(bps)).toThrow(RangeError);
  });
});
