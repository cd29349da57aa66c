import { describe, expect, it } from 'vitest';
import { CHECKOUT_STATUSES } from '@/lib/domain/checkout';
import {
  checkoutLook,
  countdownTone,
  countdownWords,
  formatCountdown,
  isCheckoutFinal,
  shownCheckoutStatus,
} from './checkout-status';

describe('formatCountdown', () => {
  it.each([
    [15 * 60_000, '15:00'], // just made
    [14 * 60_000 + 32_000, '14:32'],
    [14 * 60_000 + 31_001, '14:32'], // rounds up: 00:00 only once expired
    [60_000, '01:00'],
    [59_999, '01:00'],
    [1, '00:01'],
    [0, '00:00'],
    [-5_000, '00:00'], // past expiry never shows negative
  ])('%i ms left → %s', (remainingMs, shown) => {
    expect(formatCountdown(remainingMs)).toBe(shown);
  });
});

describe('countdownTone', () => {
  it.each([
    [2 * 60_000, 'ok'], // exactly two minutes is not yet amber
    [2 * 60_000 - 1, 'warn'],
    [1, 'warn'],
    [0, 'over'],
    [-1, 'over'],
  ] as const)('%i ms left → %s', (remainingMs, tone) => {
    expect(countdownTone(remainingMs)).toBe(tone);
  });
});

describe('countdownWords', () => {
  it.each([
    [14 * 60_000 + 32_000, '14 minutes 32 seconds left'],
    [60_000, '1 minute left'],
    [61_000, '1 minute 1 second left'],
    [5_000, '5 seconds left'],
    [0, 'Expired'],
  ])('%i ms → %s', (remainingMs, words) => {
    expect(countdownWords(remainingMs)).toBe(words);
  });
});

describe('checkoutLook', () => {
  it('says each status in words the cashier can read aloud', () => {
    expect(checkoutLook('CREATED').words).toBe('Waiting for customer');
    expect(checkoutLook('OPENED').words).toBe('Customer has the bill');
    expect(checkoutLook('AT_BANK').words).toBe('At their bank');
    expect(checkoutLook('PAID')).toMatchObject({ words: 'Paid ✓', tone: 'success', isFinal: true });
    expect(checkoutLook('FAILED')).toMatchObject({
      words: 'Declined — offer another way',
      tone: 'problem',
      isFinal: false,
    });
    expect(checkoutLook('EXPIRED').words).toBe('Expired — make a new QR');
    expect(checkoutLook('CANCELED').words).toBe('Cancelled');
  });

  it('final exactly where the domain allows no more moves (a declined customer may retry)', () => {
    expect(CHECKOUT_STATUSES.filter(isCheckoutFinal)).toEqual(['PAID', 'EXPIRED', 'CANCELED']);
  });
});

describe('shownCheckoutStatus', () => {
  const expiresAt = '2025-06-01T12:15:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('an open checkout reads EXPIRED from the second it runs out, before the server is asked', () => {
    expect(shownCheckoutStatus('OPENED', expiresAt, at('2025-06-01T12:14:59.999Z'))).toBe('OPENED');
    expect(shownCheckoutStatus('OPENED', expiresAt, at('2025-06-01T12:15:00.000Z'))).toBe('EXPIRED');
    expect(shownCheckoutStatus('FAILED', expiresAt, at('2025-06-01T12:16:00.000Z'))).toBe('EXPIRED');
  });

  it('a paid or cancelled checkout keeps its status after expiry', () => {
    expect(shownCheckoutStatus('PAID', expiresAt, at('2025-06-01T13:00:00.000Z'))).toBe('PAID');
    expect(shownCheckoutStatus('CANCELED', expiresAt, at('2025-06-01T13:00:00.000Z'))).toBe('CANCELED');
  });
});
