import { parsePounds } from '@/lib/domain/money';

/** A key on the amount pad: a digit, the decimal point, or delete. */
export type AmountKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | 'back';

const MAX_POUNDS_DIGITS = 5;

/**
 * The pad's text after a key press, as a person types pounds and pence ("20", "4.5", "12.50").
 * Keys that would make it something other than an amount (a second point, a third decimal, a
 * leading zero, more than £99,999) are ignored.
 */
export function pressAmountKey(text: string, key: AmountKey): string {
  if (key === 'back') return text.slice(0, -1);
  const [pounds = '', pence] = text.split('.');
  if (key === '.') return pence !== undefined ? text : `${pounds || '0'}.`;
  if (pence !== undefined) return pence.length >= 2 ? text : text + key;
  if (pounds === '0') return key;
  return pounds.length >= MAX_POUNDS_DIGITS ? text : text + key;
}

/** The pad's text in pence ("4.5" → 450, "12." → 1200), or null while nothing is typed. */
export function amountFromText(text: string): number | null {
  if (text === '' || text === '.') return null;
  return parsePounds(text.endsWith('.') ? text.slice(0, -1) : text);
}
