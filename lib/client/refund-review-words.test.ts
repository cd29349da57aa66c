import { describe, expect, it } from 'vitest';
import { arrivedWords, goesBackTo, paidByParts, paidByWords } from './refund-review-words';

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
