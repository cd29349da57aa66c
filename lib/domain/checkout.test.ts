import { describe, expect, it } from 'vitest';
import {
  assertCheckoutTransition,
  effectiveCheckoutStatus,
  cardFeeSavedPence,
  fromSandbox,
  fromStripe,
  fromTrueLayer,
} from './checkout';
import { InvalidTransitionError } from './order-state';

describe('checkout transitions', () => {
  it('moves forward; a failed attempt may be retried; final states never move', () => {
    expect(() => assertCheckoutTransition('CREATED', 'OPENED')).not.toThrow();
    expect(() => assertCheckoutTransition('FAILED', 'AT_BANK')).not.toThrow();
    expect(() => assertCheckoutTransition('PAID', 'FAILED')).toThrow(InvalidTransitionError);
    expect(() => assertCheckoutTransition('EXPIRED', 'PAID')).toThrow(InvalidTransitionError);
    expect(() => assertCheckoutTransition('AT_BANK', 'OPENED')).toThrow(InvalidTransitionError);
  });

  it('an unfinished session past its expiry reads as expired; a paid one stays paid', () => {
    const expiresAt = new Date('2026-11-26T12:15:00Z');
    const before = new Date('2026-11-26T12:14:59Z');
    const at = new Date('2026-11-26T12:15:00Z');
    expect(effectiveCheckoutStatus('OPENED', expiresAt, before)).toBe('OPENED');
    expect(effectiveCheckoutStatus('OPENED', expiresAt, at)).toBe('EXPIRED');
    expect(effectiveCheckoutStatus('PAID', expiresAt, at)).toBe('PAID');
    expect(effectiveCheckoutStatus('CANCELED', expiresAt, at)).toBe('CANCELED');
  });
});

describe('provider states', () => {
  it.each([
    ['authorization_required', 'PENDING'],
    ['authorizing', 'PENDING'],
    ['authorized', 'AUTHORIZED'],
    ['executed', 'SUCCEEDED'],
    ['settled', 'SUCCEEDED'],
    ['failed', 'FAILED'],
  ] as const)('TrueLayer %s → %s', (status, ours) => {
    expect(fromTrueLayer(status)).toBe(ours);
  });

  it.each([
    ['requires_payment_method', 'PENDING'],
    ['requires_action', 'PENDING'],
    ['processing', 'PENDING'],
    ['requires_capture', 'AUTHORIZED'],
    ['succeeded', 'SUCCEEDED'],
    ['canceled', 'CANCELED'],
    ['a_status_stripe_adds_later', 'PENDING'],
  ] as const)('Stripe %s → %s', (status, ours) => {
    expect(fromStripe(status)).toBe(ours);
  });

  it('sandbox bank: approved succeeds, declined fails', () => {
    expect(fromSandbox('approved')).toBe('SUCCEEDED');
    expect(fromSandbox('declined')).toBe('FAILED');
    expect(fromSandbox('pending')).toBe('PENDING');
    expect(fromSandbox('canceled')).toBe('CANCELED');
  });
});

describe('what pay by bank saves the venue', () => {
  it('is the typical card fee: 1.5 % (rounded to the penny) plus 20p; nothing on nothing', () => {
    expect(cardFeeSavedPence(1000)).toBe(35);
    expect(cardFeeSavedPence(1033)).toBe(35); // 15.495p rounds to 15p
    expect(cardFeeSavedPence(1034)).toBe(36); // 15.51p rounds to 16p
    expect(cardFeeSavedPence(1)).toBe(20);
    expect(cardFeeSavedPence(0)).toBe(0);
  });
});
