// The one-time code a manager reads off the office screen and types on a new till. Letters and
// digits that cannot be mistaken for one another when read aloud or typed with wet hands: no 0/O,
// no 1/I. 32 symbols × 8 places = 40 bits, which with the per-address limit and the ten-minute life
// nobody can guess.

export const PAIRING_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const PAIRING_CODE_LENGTH = 8;
/** How long a code works once made. */
export const PAIRING_CODE_LIFETIME_MS = 10 * 60 * 1000;
/** Unused, unexpired codes one location may hold at once. */
export const MAX_LIVE_PAIRING_CODES = 5;

const VALID = new RegExp(`^[${PAIRING_CODE_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/**
 * A code as typed ("abcd-efgh", "ABCD EFGH") in its stored form, or null when it cannot be one.
 * The look-alikes a person may type for a missing symbol (O for 0, I or L for 1) are not mapped:
 * the alphabet has no 0 or 1, so O, I and L typed in are what they look like or simply wrong.
 */
export function normalisePairingCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return VALID.test(code) ? code : null;
}

/** The code as shown: two groups of four, easier to read across a counter. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
