// Rates are whole basis points (1000 = 10 %). This module turns typed percentages into basis
// points and back, as text, so "12.5" is 1250 exactly and never passes through a float.

/** Thrown for text that is not a percentage with at most two decimals. */
export class InvalidPercentError extends Error {
  constructor(input: string) {
    super(`"${input}" is not a percentage`);
    this.name = 'InvalidPercentError';
  }
}

/** "10" → 1000, "12.5" → 1250, "0.25 %" → 25. Signs, separators and a third decimal are refused. */
export function parsePercent(input: string): number {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(input.trim());
  if (!match) throw new InvalidPercentError(input);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 → "12.5", 1000 → "10", 25 → "0.25": the number a person would type for this rate. */
export function percentText(bps: number): string {
  if (!Number.isSafeInteger(bps) || bps < 0) throw new RangeError(`A rate must be whole basis points, got ${bps}`);
  const hundredths = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return hundredths ? `${Math.floor(bps / 100)}.${hundredths}` : String(bps / 100);
}

/** 1250 → "12.5 %": a rate as staff read it. */
export function formatBps(bps: number): string {
  return `${percentText(bps)} %`;
}
