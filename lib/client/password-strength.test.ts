import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

describe('passwordStrength', () => {
  it.each([
    ['', 0, 'Too short'],
    ['abc123', 0, 'Too short'],
    ['abcdefghi', 0, 'Too short'],
    ['abcdefghij', 1, 'Weak'],
    ['aaaaaaaaaaaaaaaaaaaaaa', 1, 'Weak'],
    ['1212121212121212', 1, 'Weak'],
    ['harbourcoffee1', 2, 'Fair'],
    ['Harbour-coffee1', 3, 'Good'],
    ['correct horse battery staple', 3, 'Good'],
    ['Correct horse battery staple 9', 4, 'Strong'],
  ] as const)('%j → %i (%s)', (password, score, label) => {
    expect(passwordStrength(password)).toMatchObject({ score, label });
  });

  it('says how many characters are still needed', () => {
    expect(passwordStrength('abcdefgh').hint).toBe('2 more characters needed');
    expect(passwordStrength('abcdefghi').hint).toBe('1 more character needed');
  });
});
