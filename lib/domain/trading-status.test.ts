import { describe, expect, it } from 'vitest';
import { type OpeningPeriod, tradingStatus } from './trading-status';

// A café Monday–Saturday 07:30–17:00, and a bar Friday 18:00–02:00.
const cafe: OpeningPeriod[] = [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '07:30', closes: '17:00' }));
const bar: OpeningPeriod[] = [{ day: 5, opens: '18:00', closes: '02:00' }];
const LONDON = 'Europe/London';

describe('trading status', () => {
  it.each([
    // 2026-12-01 is a Tuesday; London is on GMT in December, BST (UTC+1) in July.
    ['before opening', cafe, [], '2026-12-01T07:00:00Z', { state: 'closed', label: 'Opens at 07:30' }],
    ['at opening', cafe, [], '2026-12-01T07:30:00Z', { state: 'open', label: 'Open until 17:00' }],
    ['a minute before closing', cafe, [], '2026-12-01T16:59:00Z', { state: 'open', label: 'Open until 17:00' }],
    ['at closing', cafe, [], '2026-12-01T17:00:00Z', { state: 'closed', label: 'Closed since 17:00' }],
    ['a day with no hours (Sunday)', cafe, [], '2026-12-06T12:00:00Z', { state: 'closed', label: 'Closed today' }],
    [
      'a closed date',
      cafe,
      ['2026-12-25'],
      '2026-12-25T12:00:00Z',
      { state: 'closed', label: 'Closed today: holiday' },
    ],
    [
      'summer time: 07:00 UTC is 08:00 in London',
      cafe,
      [],
      '2026-07-07T07:00:00Z',
      { state: 'open', label: 'Open until 17:00' },
    ],
    [
      'past midnight, on the night it opened',
      bar,
      [],
      '2026-12-05T01:00:00Z',
      { state: 'open', label: 'Open until 02:00' },
    ],
    ['the bar on Friday evening', bar, [], '2026-12-04T22:00:00Z', { state: 'open', label: 'Open until 02:00' }],
    ['the bar after it shut', bar, [], '2026-12-05T02:30:00Z', { state: 'closed', label: 'Closed today' }],
    [
      'past midnight after a closed Friday',
      bar,
      ['2026-12-04'],
      '2026-12-05T01:00:00Z',
      { state: 'closed', label: 'Closed today' },
    ],
  ] as const)('%s', (_, hours, closed, at, expected) => {
    expect(tradingStatus(hours, closed, LONDON, new Date(at))).toEqual(expected);
  });

  it('reads the clock in the venue’s own zone', () => {
    // 23:00 UTC on Tuesday is 10:00 on Wednesday in Sydney.
    expect(tradingStatus(cafe, [], 'Australia/Sydney', new Date('2026-12-01T23:00:00Z'))).toEqual({
      state: 'open',
      label: 'Open until 17:00',
    });
  });

  it('says nothing for a time zone the runtime does not know, rather than throw', () => {
    expect(tradingStatus(cafe, [], 'Mars/Olympus', new Date('2026-12-01T12:00:00Z'))).toEqual({
      state: 'unknown',
      label: null,
    });
  });

  it('says nothing when no hours are set', () => {
    expect(tradingStatus(null, [], LONDON, new Date('2026-12-01T12:00:00Z'))).toEqual({
      state: 'unknown',
      label: null,
    });
  });
});
