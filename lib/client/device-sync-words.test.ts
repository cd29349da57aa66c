import { describe, expect, it } from 'vitest';
import { deviceSyncWords } from './device-sync-words';

const when = (iso: string) => iso.slice(11, 16);
const base = {
  lastSyncedAt: '2026-12-01T14:02:00.000Z',
  reportedAt: '2026-12-01T14:05:00.000Z',
  oldestAt: null,
  refusals: [],
};

describe("a till's sync in the office's words", () => {
  it.each([
    [{ ...base, waiting: 0, refused: 0 }, 'Synced 14:02', 'Nothing waiting', 'ok'],
    [
      { ...base, waiting: 3, refused: 0, oldestAt: '2026-12-01T13:40:00.000Z' },
      'Synced 14:02',
      '3 changes waiting since 13:40',
      'warning',
    ],
    [
      { ...base, lastSyncedAt: null, waiting: 1, refused: 2, oldestAt: '2026-12-01T13:40:00.000Z' },
      'Not synced yet',
      '1 change waiting since 13:40 · 2 refused: see below',
      'danger',
    ],
  ] as const)('%o', (sync, last, now, tone) => {
    expect(deviceSyncWords(sync, when)).toEqual({ last, now, tone });
  });

  it('says nothing for a device that has never reported (a kitchen screen, an old till)', () => {
    expect(deviceSyncWords(null, when)).toBeNull();
  });
});
