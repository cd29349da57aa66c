// Money is integer pence (GBP, VAT-inclusive). This is the only module that turns pence into text
// or text into pence, extracts VAT from a gross amount, or splits an amount into parts.

/** Thrown for money text that is not a valid amount of pounds and pence. */
export class InvalidMoneyError extends Error {
  constructor(input: string) {
    super(`"${input}" is not an amount of money`);
    this.name = 'InvalidMoneyError';
  }
}

const formatter = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1250 → "£12.50", -420 → "-£4.20". Always "£" with two decimals. */
export function formatPence(pence: number): string {
  assertPence(pence);
  return formatter.format(pence / 100);
}

/**
 * "12.50" → 1250, "£3" → 300, "0.5" → 50. Parsed as text (never through a float), so "19.99"
 * is 1999 exactly. More than two decimals, thousands separators or signs are refused.
 */
export function parsePounds(input: string): number {
  const match = /^£?(\d{1,7})(?:\.(\d{1,2}))?$/.exec(input.trim());
  if (!match) throw new InvalidMoneyError(input);
  const pounds = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return pounds * 100 + Number(fraction);
}

/**
 * VAT contained in a VAT-inclusive amount: gross × rate ÷ (10000 + rate), rounded half up to the
 * penny (HMRC allows rounding to the nearest penny per line). £3.60 at 20 % → 60p.
 */
export function vatFromGross(grossPence: number, rateBps: number): number {
  assertPence(grossPence);
  if (!Number.isInteger(rateBps) || rateBps < 0)
    throw new RangeError(`VAT rate must be whole basis points, got ${rateBps}`);
  if (rateBps === 0 || grossPence === 0) return 0;
  const sign = grossPence < 0 ? -1 : 1;
  const numerator = Math.abs(grossPence) * rateBps;
  const denominator = 10_000 + rateBps;
  // Integer half-up rounding: floor((2n + d) / 2d).
  return sign * Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Splits an amount into parts proportional to weights by largest remainder, so the parts always
 * add up to the whole. £10.00 three ways → 334, 333, 333.
 */
export function splitByWeights(totalPence: number, weights: readonly number[]): number[] {
  assertPence(totalPence);
  if (weights.length === 0) throw new RangeError('Cannot split into no parts');
  if (weights.some((weight) => !Number.isInteger(weight) || weight < 0))
    throw new RangeError('Weights must be whole numbers ≥ 0');
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) throw new RangeError('At least one weight must be above zero');
  const exact = weights.map((weight) => totalPence * weight);
  const parts = exact.map((value) => Math.floor(value / weightSum));
  let left = totalPence - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value % weightSum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = parts[index]! + 1;
    left -= 1;
  }
  return parts;
}

/** Splits evenly into n parts (the first parts take the odd pennies). */
export function splitEvenly(totalPence: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError('Split into at least one part');
  return splitByWeights(
    totalPence,
    Array.from({ length: parts }, () => 1),
  );
}

function assertPence(value: number) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Money must be whole pence, got ${value}`);
}
