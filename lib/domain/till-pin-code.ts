// The one-time code that lets a new member of staff choose their own till PIN. A manager adds them
// with "let them choose it on the till" and reads them the code; they type it on the PIN pad of a
// paired till, then their PIN twice. Digits only, so the PIN pad takes it; eight of them, so it can
// never be mistaken for a PIN (4–6 digits). 10⁸ codes against the device's and the location's
// wrong-PIN budgets (a wrong code spends one, like a wrong PIN) leave nothing to guess.

export const TILL_PIN_CODE_LENGTH = 8;
/** A week: people are often added on Friday for a Monday start. */
export const TILL_PIN_CODE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A code as typed ("4821 9375", "4821-9375") in its stored form, or null when it cannot be one. */
export function normaliseTillPinCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${TILL_PIN_CODE_LENGTH}}$`).test(code) ? code : null;
}

/** The code as shown and read aloud: two groups of four. */
export function formatTillPinCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
