import { describe, expect, it } from 'vitest';
import { takesOfflineSale } from './offline-sale';

const now = new Date('2026-12-01T20:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("an offline sale of an item 86'd before it synced", () => {
  it.each([
    ['made 10 minutes ago on a paired till', minutes(-10), 'till', true],
    ['made 72 hours ago', minutes(-72 * 60), 'till', true],
    ['made 72 hours and a minute ago', minutes(-72 * 60 - 1), 'till', false],
    ['a till clock 5 minutes fast', minutes(5), 'till', true],
    ['a till clock 6 minutes fast', minutes(6), 'till', false],
    ['no time given (a live sale)', null, 'till', false],
    ['from a browser that is not a paired till', minutes(-10), null, false],
    ['an invalid time', new Date('nonsense'), 'till', false],
  ] as const)('%s → %s', (_label, offlineAt, deviceId, accepted) => {
    expect(takesOfflineSale({ offlineAt, deviceId, now })).toBe(accepted);
  });
});
