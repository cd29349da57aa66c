import { describe, expect, it } from 'vitest';
import { type CategoryVatDefaults, newItemVatRates } from './vat-defaults';

const none: CategoryVatDefaults = { vatRateBps: null, takeawayVatRateBps: null };
const sandwiches: CategoryVatDefaults = { vatRateBps: 2000, takeawayVatRateBps: 0 };
const eatInOnly: CategoryVatDefaults = { vatRateBps: 500, takeawayVatRateBps: null };

describe('a new item’s VAT rates', () => {
  it.each([
    [
      'both given, no category',
      { vatRateBps: 2000, takeawayVatRateBps: 0 },
      null,
      { vatRateBps: 2000, takeawayVatRateBps: 0 },
    ],
    [
      'eat-in given, category without defaults',
      { vatRateBps: 500 },
      none,
      { vatRateBps: 500, takeawayVatRateBps: 500 },
    ],
    ['nothing given, category with both', {}, sandwiches, { vatRateBps: 2000, takeawayVatRateBps: 0 }],
    [
      'eat-in given, category takeaway default',
      { vatRateBps: 500 },
      sandwiches,
      { vatRateBps: 500, takeawayVatRateBps: 0 },
    ],
    [
      'takeaway given, category eat-in default',
      { takeawayVatRateBps: 2000 },
      sandwiches,
      { vatRateBps: 2000, takeawayVatRateBps: 2000 },
    ],
    [
      'zero given is a rate, not a gap',
      { vatRateBps: 0, takeawayVatRateBps: 0 },
      sandwiches,
      { vatRateBps: 0, takeawayVatRateBps: 0 },
    ],
    ['nothing given, category eat-in only', {}, eatInOnly, { vatRateBps: 500, takeawayVatRateBps: 500 }],
    [
      'null given reads as not given',
      { vatRateBps: null, takeawayVatRateBps: null },
      sandwiches,
      { vatRateBps: 2000, takeawayVatRateBps: 0 },
    ],
  ] as const)('%s', (_, given, category, expected) => {
    expect(newItemVatRates(given, category)).toEqual(expected);
  });

  it.each([
    ['nothing given, no category', {}, null],
    ['nothing given, category without defaults', {}, none],
    ['only takeaway given, no eat-in anywhere', { takeawayVatRateBps: 0 }, none],
  ] as const)('%s: unknown, so the caller asks', (_, given, category) => {
    expect(newItemVatRates(given, category)).toBeNull();
  });
});
