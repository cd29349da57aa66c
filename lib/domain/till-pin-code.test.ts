import { describe, expect, it } from 'vitest';
import { formatTillPinCode, normaliseTillPinCode } from './till-pin-code';

describe('till PIN codes', () => {
  it.each([
    ['48219375', '48219375'],
    ['4821 9375', '48219375'],
    ['4821-9375', '48219375'],
    [' 4821 9375 ', '48219375'],
    ['4821937', null],
    ['482193751', null],
    ['4821', null],
    ['48219A75', null],
    ['', null],
  ])('reads %j as %j', (typed, expected) => {
    expect(normaliseTillPinCode(typed)).toBe(expected);
  });

  it('shows a code in two groups of four', () => {
    expect(formatTillPinCode('48219375')).toBe('4821 9375');
  });
});
