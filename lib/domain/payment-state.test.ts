import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from './order-state';
import {
  assertPaymentTransition,
  canOrderTakePayment,
  checkoutStatusAfterReport,
  isCheckoutUnfinished,
  isPaymentStillWanted,
  nextPaymentStatus,
  nextRefundStatus,
  PAYMENT_STATUSES,
  PAYMENT_TRANSITIONS,
} from './payment-state';

describe('payment transitions', () => {
  it.each([
    ['PENDING', 'SUCCEEDED'],
    ['PENDING', 'AUTHORIZED'],
    ['PENDING', 'EXPIRED'],
    ['AUTHORIZED', 'SUCCEEDED'],
    // The late-success rule: money that arrives after a failure, a cancel or an expiry counts.
    ['FAILED', 'SUCCEEDED'],
    ['CANCELED', 'SUCCEEDED'],
    ['EXPIRED', 'SUCCEEDED'],
  ] as const)('%s → %s is allowed', (from, to) => {
    expect(() => assertPaymentTransition(from, to)).not.toThrow();
  });

  it.each([
    ['SUCCEEDED', 'FAILED'],
    ['SUCCEEDED', 'PENDING'],
    ['SUCCEEDED', 'CANCELED'],
    ['FAILED', 'CANCELED'],
    ['CANCELED', 'FAILED'],
    ['FAILED', 'PENDING'],
    ['AUTHORIZED', 'PENDING'],
  ] as const)('%s → %s is refused', (from, to) => {
    expect(() => assertPaymentTransition(from, to)).toThrow(InvalidTransitionError);
  });

  it('nothing moves a payment once it has succeeded', () => {
    expect(PAYMENT_TRANSITIONS.SUCCEEDED).toEqual([]);
  });

  it('every status has a row and no status moves to itself', () => {
    for (const status of PAYMENT_STATUSES) {
      expect(PAYMENT_TRANSITIONS[status]).toBeDefined();
      expect(PAYMENT_TRANSITIONS[status] as readonly string[]).not.toContain(status);
    }
  });
});

describe('nextPaymentStatus (out-of-order and repeated provider reports)', () => {
  it.each([
    ['PENDING', 'AUTHORIZED', 'AUTHORIZED'],
    ['PENDING', 'SUCCEEDED', 'SUCCEEDED'],
    ['AUTHORIZED', 'SUCCEEDED', 'SUCCEEDED'],
    ['PENDING', 'FAILED', 'FAILED'],
    ['SUCCEEDED', 'PENDING', null],
    ['SUCCEEDED', 'SUCCEEDED', null],
    ['SUCCEEDED', 'FAILED', null],
    ['FAILED', 'SUCCEEDED', 'SUCCEEDED'],
    ['CANCELED', 'SUCCEEDED', 'SUCCEEDED'],
    ['FAILED', 'CANCELED', null],
    ['CANCELED', 'FAILED', null],
    ['FAILED', 'PENDING', null],
    ['AUTHORIZED', 'PENDING', null],
  ] as const)('%s, then the provider says %s → %s', (current, reported, next) => {
    expect(nextPaymentStatus(current, reported)).toBe(next);
  });
});

describe('which orders and checkouts can still take money', () => {
  it.each([
    ['OPEN', true],
    ['SENT', true],
    ['PARTIALLY_PAID', true],
    ['PAID', false],
    ['CLOSED', false],
    ['VOIDED', false],
  ] as const)('an order that is %s can take money: %s', (status, payable) => {
    expect(canOrderTakePayment(status)).toBe(payable);
  });

  it.each([
    ['CREATED', true],
    ['OPENED', true],
    ['AT_BANK', true],
    ['FAILED', true],
    ['PAID', false],
    ['EXPIRED', false],
    ['CANCELED', false],
  ] as const)('a checkout that is %s is unfinished: %s', (status, unfinished) => {
    expect(isCheckoutUnfinished(status)).toBe(unfinished);
  });

  it.each([
    // checkout, order, amount, due → goes to the bill
    ['AT_BANK', 'SENT', 1000, 1000, true],
    [null, 'OPEN', 500, 1000, true],
    ['AT_BANK', 'SENT', 1001, 1000, false], // more than is due (paid another way meanwhile)
    ['EXPIRED', 'SENT', 1000, 1000, false],
    ['CANCELED', 'SENT', 1000, 1000, false],
    ['AT_BANK', 'CLOSED', 1000, 0, false],
  ] as const)('checkout %s, order %s, %ip against %ip due → wanted: %s', (checkout, order, amount, due, wanted) => {
    expect(
      isPaymentStillWanted({ checkoutStatus: checkout, orderStatus: order, amountPence: amount, duePence: due }),
    ).toBe(wanted);
  });
});

describe('checkoutStatusAfterReport', () => {
  it.each([
    ['AT_BANK', 'SUCCEEDED', true, 'PAID'],
    ['AT_BANK', 'SUCCEEDED', false, 'AT_BANK'], // late money kept for a refund: the checkout is not paid
    ['EXPIRED', 'SUCCEEDED', false, 'EXPIRED'],
    ['AT_BANK', 'FAILED', false, 'FAILED'],
    ['OPENED', 'CANCELED', false, 'FAILED'],
    ['AT_BANK', 'AUTHORIZED', false, 'AT_BANK'], // held, not failed
    ['FAILED', 'FAILED', false, 'FAILED'],
    ['CANCELED', 'FAILED', false, 'CANCELED'],
    ['PAID', 'FAILED', false, 'PAID'],
  ] as const)('checkout %s, payment %s (applied: %s) → %s', (checkout, payment, applied, next) => {
    expect(
      checkoutStatusAfterReport({ checkoutStatus: checkout, paymentStatus: payment, appliedToBill: applied }),
    ).toBe(next);
  });
});

describe('nextRefundStatus', () => {
  it.each([
    ['PENDING', 'SUCCEEDED', 'SUCCEEDED'],
    ['PENDING', 'FAILED', 'FAILED'],
    ['PENDING', 'PENDING', null],
    ['SUCCEEDED', 'FAILED', null], // paid out is final
    ['FAILED', 'SUCCEEDED', null], // a refused refund is redone as a new refund, never revived
  ] as const)('%s, then the provider says %s → %s', (current, reported, next) => {
    expect(nextRefundStatus(current, reported)).toBe(next);
  });
});
