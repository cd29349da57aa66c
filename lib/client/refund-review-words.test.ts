import { describe, expect, it } from 'vitest';
import {
  arrivedWords,
  goesBackTo,
  paidByParts,
  paidByWords,
  refundOutcomeWords,
  refundRouteWords,
} from './refund-review-words';

describe('paidByWords', () => {
  it.each([
    ['OPEN_BANKING', 'sandbox', 'Pay by bank (test bank)'],
    ['OPEN_BANKING', 'truelayer', 'Pay by bank (TrueLayer)'],
    ['CARD', 'stripe', 'Card (Stripe)'],
    ['WALLET', 'stripe', 'Apple Pay or Google Pay (Stripe)'],
    ['CASH', null, 'Cash'], // no provider: the method alone
    ['CARD', 'adyen', 'Card (adyen)'], // a provider we have no words for is named as stored
  ] as const)('%s through %s → %s', (method, provider, words) => {
    expect(paidByWords(method, provider)).toBe(words);
  });
});

describe('goesBackTo', () => {
  it.each([
    ['OPEN_BANKING', 'sandbox', 'the customer’s bank account, through the test bank'],
    ['OPEN_BANKING', 'truelayer', 'the customer’s bank account, through TrueLayer'],
    ['CARD', 'stripe', 'the customer’s card, through Stripe'],
    ['WALLET', 'stripe', 'the customer’s card, through Stripe'],
    ['CASH', null, 'the customer, in cash'],
  ] as const)('%s through %s → %s', (method, provider, words) => {
    expect(goesBackTo(method, provider)).toBe(words);
  });
});

describe('arrivedWords', () => {
  it.each([
    ['2026-07-01T13:32:00Z', 'Wed 1 Jul 2026', '14:32'], // summer: UK time is UTC+1
    ['2026-01-15T13:32:00Z', 'Thu 15 Jan 2026', '13:32'], // winter: UK time is UTC
    ['2026-07-01T23:30:00Z', 'Thu 2 Jul 2026', '00:30'], // after 23:00 UTC in summer it is already tomorrow
    ['2026-03-29T00:59:00Z', 'Sun 29 Mar 2026', '00:59'], // the minute before the clocks go forward
    ['2026-03-29T01:00:00Z', 'Sun 29 Mar 2026', '02:00'], // ...and the minute they do
  ])('%s → %s %s', (iso, date, time) => {
    expect(arrivedWords(iso)).toEqual({ date, time });
  });
});

describe('paidByParts', () => {
  it.each([
    ['OPEN_BANKING', 'sandbox', { method: 'Pay by bank', through: 'test bank' }],
    ['CASH', null, { method: 'Cash', through: null }],
  ] as const)('%s through %s → its two parts', (method, provider, parts) => {
    expect(paidByParts(method, provider)).toEqual(parts);
  });
});

describe('refundRouteWords: where a refund goes, said before the cashier confirms it', () => {
  it.each([
    ['CASH', 'Cash from this till’s drawer'],
    ['OPEN_BANKING', 'Back to the customer’s bank — nothing from the drawer'],
    ['CARD', 'Back to their card — nothing from the drawer'],
    ['WALLET', 'Back to their card — nothing from the drawer'],
  ] as const)('%s → %s', (method, words) => {
    expect(refundRouteWords(method)).toBe(words);
  });
});

describe('refundOutcomeWords: what the till says after a refund', () => {
  it.each([
    // Cash leaves the drawer there and then (the server records it SUCCEEDED at once).
    [
      'CASH',
      'SUCCEEDED',
      'success',
      'Give it back',
      'Refunded £8.50 in cash — give it to the customer from this till’s drawer.',
    ],
    // A bank refund is PENDING until the provider pays it out: never "give it from the drawer".
    [
      'OPEN_BANKING',
      'PENDING',
      'info',
      'On its way',
      'Refund of £8.50 sent to the customer’s bank — on its way. Give nothing from the drawer.',
    ],
    [
      'OPEN_BANKING',
      'SUCCEEDED',
      'success',
      'Paid out',
      'Refund of £8.50 paid out to the customer’s bank. Give nothing from the drawer.',
    ],
    [
      'OPEN_BANKING',
      'FAILED',
      'error',
      'Refused',
      'Refund of £8.50 to the customer’s bank was refused — nothing went back. Try the refund again.',
    ],
    [
      'CARD',
      'PENDING',
      'info',
      'On its way',
      'Refund of £8.50 sent to the customer’s card — on its way. Give nothing from the drawer.',
    ],
    [
      'WALLET',
      'SUCCEEDED',
      'success',
      'Paid out',
      'Refund of £8.50 paid out to the customer’s card. Give nothing from the drawer.',
    ],
  ] as const)('%s refund %s → %s "%s"', (method, status, tone, state, text) => {
    expect(refundOutcomeWords({ method, status, amountPence: 850 /* £8.50 */ })).toEqual({ tone, state, text });
  });

  it('never tells the cashier to hand over cash for a card or bank refund, whatever its state', () => {
    for (const method of ['OPEN_BANKING', 'CARD', 'WALLET'] as const) {
      for (const status of ['PENDING', 'SUCCEEDED', 'FAILED'] as const) {
        expect(refundOutcomeWords({ method, status, amountPence: 850 }).text).not.toMatch(/in cash|from this till/);
      }
    }
  });
});
