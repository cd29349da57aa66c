import { describe, expect, it } from 'vitest';
import { formatPairingCode, normalisePairingCode, PAIRING_CODE_ALPHABET } from './pairing-code';

describe('pairing codes', () => {
  it('has no symbols that read alike', () => {
    for (const lookalike of ['0', 'O', '1', 'I']) expect(PAIRING_CODE_ALPHABET).not.toContain(lookalike);
    expect(new Set(PAIRING_CODE_ALPHABET).size).toBe(32);
  });

  it.each([
    ['ABCD2345', 'ABCD2345'],
    ['abcd2345', 'ABCD2345'],
    ['ABCD-2345', 'ABCD2345'],
    [' abcd 2345 ', 'ABCD2345'],
    ['ABCD234', null],
    ['ABCD23456', null],
    ['ABCD0345', null],
    ['ABCDO345', null],
    ['ABCD1345', null],
    ['ABCDI345', null],
    ['ABCD_345', null],
    ['', null],
  ])('reads %j as %j', (typed, expected) => {
    expect(normalisePairingCode(typed)).toBe(expected);
  });

  it('shows a code in two groups of four', () => {
    expect(formatPairingCode('ABCD2345')).toBe('ABCD-2345');
  });
});
