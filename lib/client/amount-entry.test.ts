import { describe, expect, it } from 'vitest';
import { type AmountKey, amountFromText, pressAmountKey } from './amount-entry';

const type = (keys: AmountKey[]) => keys.reduce(pressAmountKey, '');

describe('amount pad', () => {
  it('"2", "0" is £20.00', () => {
    expect(amountFromText(type(['2', '0']))).toBe(2000);
  });

  it('"4", ".", "5" is £4.50; a third decimal is ignored', () => {
    expect(type(['4', '.', '5'])).toBe('4.5');
    expect(amountFromText('4.5')).toBe(450);
    expect(type(['4', '.', '5', '0', '9'])).toBe('4.50');
  });

  it('"." first is "0." (£0.xx); a second point is ignored', () => {
    expect(type(['.', '7', '.', '5'])).toBe('0.75');
    expect(amountFromText('0.75')).toBe(75);
  });

  it('no leading zeros: "0", "5" is £5.00', () => {
    expect(type(['0', '5'])).toBe('5');
  });

  it('at most £99,999 in whole pounds', () => {
    expect(type(['9', '9', '9', '9', '9', '9'])).toBe('99999');
  });

  it('delete takes the last key back; empty is no amount', () => {
    expect(type(['1', '2', 'back'])).toBe('1');
    expect(type(['back'])).toBe('');
    expect(amountFromText('')).toBeNull();
  });

  it('"12." reads as £12.00 while the pence are still to come', () => {
    expect(amountFromText('12.')).toBe(1200);
  });
});
