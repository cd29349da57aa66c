import { describe, expect, it } from 'vitest';
import {
  assertCanEditLines,
  assertOrderTransition,
  canEditLines,
  canSendToKitchen,
  canTransition,
  InvalidTransitionError,
  ORDER_STATUSES,
  OrderNotEditableError,
} from './order-state';

describe('order transitions', () => {
  it.each([
    ['OPEN', 'SENT'],
    ['OPEN', 'VOIDED'],
    ['OPEN', 'PAID'], // a takeaway paid before anything is sent
    ['SENT', 'PARTIALLY_PAID'],
    ['SENT', 'VOIDED'],
    ['PARTIALLY_PAID', 'PAID'],
    ['PAID', 'CLOSED'],
  ] as const)('%s → %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertOrderTransition(from, to)).not.toThrow();
  });

  it.each([
    ['SENT', 'OPEN'], // never back to unsent
    ['PARTIALLY_PAID', 'VOIDED'], // money taken: refund first
    ['PAID', 'VOIDED'],
    ['CLOSED', 'OPEN'],
    ['VOIDED', 'OPEN'],
    ['VOIDED', 'SENT'],
    ['OPEN', 'CLOSED'], // unpaid orders are voided, not closed
  ] as const)('%s → %s is refused', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertOrderTransition(from, to)).toThrow(InvalidTransitionError);
  });

  it('final states have no way out', () => {
    for (const to of ORDER_STATUSES) {
      expect(canTransition('CLOSED', to)).toBe(false);
      expect(canTransition('VOIDED', to)).toBe(false);
    }
  });
});

describe('editing lines', () => {
  it.each([
    ['OPEN', true],
    ['SENT', true], // the table orders another round
    ['PARTIALLY_PAID', false],
    ['PAID', false],
    ['CLOSED', false],
    ['VOIDED', false],
  ] as const)('%s: editable %s', (status, editable) => {
    expect(canEditLines(status)).toBe(editable);
    if (!editable) expect(() => assertCanEditLines(status)).toThrow(OrderNotEditableError);
  });
});

describe('sending to the kitchen', () => {
  it('is allowed until the order is voided, paid or not', () => {
    expect(['OPEN', 'SENT', 'PARTIALLY_PAID', 'PAID', 'CLOSED'].every((s) => canSendToKitchen(s as never))).toBe(true);
    expect(canSendToKitchen('VOIDED')).toBe(false);
  });
});
