// A plain-words strength meter for a new password: length first (the thing that matters most),
// then variety. Not a guarantee; it nudges towards a long passphrase.
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/password';

export type PasswordStrength = {
  /** 0 (refused) to 4. */
  score: 0 | 1 | 2 | 3 | 4;
  label: 'Too short' | 'Weak' | 'Fair' | 'Good' | 'Strong';
  hint: string;
};

const LABELS = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'] as const;

export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    const left = MIN_PASSWORD_LENGTH - length;
    return { score: 0, label: 'Too short', hint: `${left} more character${left === 1 ? '' : 's'} needed` };
  }
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d\s]/, /\s/].filter((kind) => kind.test(password)).length;
  const distinct = new Set(password.toLowerCase()).size;
  let score = 1 + (length >= 14 ? 1 : 0) + (length >= 20 ? 1 : 0) + (kinds >= 3 ? 1 : 0);
  // "aaaaaaaaaaaa" or "1212121212" is long but guessable.
  if (distinct < 5) score = 1;
  const clamped = Math.min(4, score) as PasswordStrength['score'];
  const hint =
    clamped >= 4
      ? 'A strong password'
      : length < 14
        ? 'Longer is stronger: try a few words you will remember'
        : 'Mix in capitals, numbers or symbols, or make it longer';
  return { score: clamped, label: LABELS[clamped], hint };
}
