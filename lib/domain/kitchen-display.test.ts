import { describe, expect, it } from 'vitest';
import { allDayCounts, formatElapsed, isOrderReady, type ReadinessLine, ticketAge } from './kitchen-display';

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
