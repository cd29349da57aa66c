import { describe, expect, it } from 'vitest';
import {
  allDayCounts,
  type BumpNews,
  bumpNews,
  formatElapsed,
  isOrderReady,
  type ReadinessLine,
  ticketAge,
} from './kitchen-display';

const MINUTE = 60_000;
const thresholds = { warnMinutes: 8, lateMinutes: 15 };

describe('ticketAge', () => {
  it.each([
    [0, 'ok'],
    [8 * MINUTE - 1, 'ok'],
    [8 * MINUTE, 'warn'], // amber from the 8th minute on
    [15 * MINUTE - 1, 'warn'],
    [15 * MINUTE, 'late'], // red from the 15th
    [90 * MINUTE, 'late'],
  ] as const)('%i ms after arrival is %s', (elapsed, age) => {
    expect(ticketAge(1_000_000, 1_000_000 + elapsed, thresholds)).toBe(age);
  });

  it('a ticket from a till whose clock runs ahead is not late', () => {
    expect(ticketAge(2_000_000, 1_000_000, thresholds)).toBe('ok');
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [61_000, '01:01'],
    [9 * MINUTE + 30_000, '09:30'],
    [75 * MINUTE + 2_000, '75:02'],
    [-5_000, '00:00'],
  ])('%i ms → %s', (elapsed, text) => {
    expect(formatElapsed(elapsed)).toBe(text);
  });
});

describe('allDayCounts', () => {
  const line = (name: string, quantity: number, extra: { voided?: boolean; kitchenStatus?: string } = {}) => ({
    name,
    quantity,
    voided: extra.voided ?? false,
    kitchenStatus: extra.kitchenStatus ?? 'SENT',
  });

  it('adds quantities across tickets, most first, skipping voided and ready items', () => {
    const tickets = [
      { lines: [line('Croissant', 1), line('Flat white', 2)] },
      { lines: [line('Flat white', 1), line('Croissant', 1), line('Latte', 1, { voided: true })] },
      { lines: [line('Toast', 4, { kitchenStatus: 'READY' })] },
    ];
    expect(allDayCounts(tickets)).toEqual([
      { name: 'Flat white', quantity: 3 },
      { name: 'Croissant', quantity: 2 },
    ]);
  });

  it('is empty with nothing to make', () => {
    expect(allDayCounts([])).toEqual([]);
  });
});

describe('isOrderReady', () => {
  const line = (extra: Partial<ReadinessLine> = {}): ReadinessLine => ({
    stationId: 'kitchen',
    kitchenStatus: 'READY',
    sentAt: '2025-01-01T12:00:00.000Z',
    voidedAt: null,
    ...extra,
  });

  it('is ready when every sent, live station line is ready or served', () => {
    expect(isOrderReady([line(), line({ kitchenStatus: 'SERVED' })])).toBe(true);
  });

  it('is not ready while a sent line is still being made', () => {
    expect(isOrderReady([line(), line({ kitchenStatus: 'SENT' })])).toBe(false);
  });

  it('ignores voided lines, lines not yet sent and lines with no station', () => {
    const ignored = [
      line({ kitchenStatus: 'SENT', voidedAt: '2025-01-01T12:01:00.000Z' }),
      line({ kitchenStatus: 'PENDING', sentAt: null }),
      line({ kitchenStatus: 'SENT', stationId: null }),
    ];
    expect(isOrderReady([line(), ...ignored])).toBe(true);
    expect(isOrderReady(ignored)).toBe(false); // nothing went to a kitchen
  });
});

describe('bumpNews: what the till hears when one station bumps', () => {
  const SENT_AT = '2025-01-01T12:00:00.000Z';
  /** A sent line at a station: K kitchen, B bar, C counter; `ready` when that station bumped it. */
  const at = (
    stationId: string,
    kitchenStatus: ReadinessLine['kitchenStatus'],
    extra: Partial<ReadinessLine> = {},
  ) => ({
    stationId,
    kitchenStatus,
    sentAt: SENT_AT,
    voidedAt: null,
    ...extra,
  });

  it.each<[string, ReadinessLine[], string, BumpNews]>([
    [
      'the kitchen bumps while the bar and counter tickets are still open: only the kitchen part is ready',
      [at('K', 'READY'), at('B', 'SENT'), at('C', 'SENT')],
      'K',
      { kind: 'PART_READY', stationId: 'K', waitingStationIds: ['B', 'C'] },
    ],
    [
      'the bar bumps after the kitchen, the counter still open: the counter is what is left',
      [at('K', 'READY'), at('B', 'READY'), at('C', 'SENT')],
      'B',
      { kind: 'PART_READY', stationId: 'B', waitingStationIds: ['C'] },
    ],
    [
      'the last station bumps: the whole order is ready, naming every station that made it',
      [at('K', 'READY'), at('B', 'READY'), at('C', 'READY')],
      'C',
      { kind: 'ORDER_READY', stationIds: ['K', 'B', 'C'] },
    ],
    [
      'an order for one station is ready when that station bumps',
      [at('K', 'READY'), at('K', 'SERVED')],
      'K',
      { kind: 'ORDER_READY', stationIds: ['K'] },
    ],
    [
      'one item of the bar ticket marked done, the other still making: the bar part is not ready yet',
      [at('K', 'READY'), at('B', 'READY'), at('B', 'SENT')],
      'B',
      { kind: 'NONE' },
    ],
    [
      'the kitchen ticket was recalled before the till heard of its bump: nothing to say',
      [at('K', 'SENT'), at('B', 'SENT')],
      'K',
      { kind: 'NONE' },
    ],
    [
      'a voided bar line does not hold the order up',
      [at('K', 'READY'), at('B', 'SENT', { voidedAt: '2025-01-01T12:05:00.000Z' })],
      'K',
      { kind: 'ORDER_READY', stationIds: ['K'] },
    ],
    [
      'a held course not yet sent does not hold the fired course up (it is not in the kitchen)',
      [at('K', 'READY'), at('B', 'PENDING', { sentAt: null })],
      'K',
      { kind: 'ORDER_READY', stationIds: ['K'] },
    ],
  ])('%s', (_title, lines, stationId, news) => {
    expect(bumpNews(lines, stationId)).toEqual(news);
  });
});
