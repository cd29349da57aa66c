import type { TDeviceSync } from '@/lib/schemas/devices';

/**
 * A till's last sync report in the office's words: when it last had nothing waiting, and what it
 * holds now (changes waiting since when, changes the server refused). `tone` picks the colour;
 * the words carry the meaning on their own.
 */
export function deviceSyncWords(
  sync: TDeviceSync | null,
  when: (iso: string) => string,
): { last: string; now: string; tone: 'ok' | 'warning' | 'danger' } | null {
  if (!sync) return null;
  const last = sync.lastSyncedAt ? `Synced ${when(sync.lastSyncedAt)}` : 'Not synced yet';
  const parts: string[] = [];
  if (sync.waiting > 0)
    parts.push(
      `${sync.waiting === 1 ? '1 change' : `${sync.waiting} changes`} waiting${sync.oldestAt ? ` since ${when(sync.oldestAt)}` : ''}`,
    );
  if (sync.refused > 0) parts.push(`${sync.refused} refused: see below`);
  const now = parts.length ? parts.join(' · ') : 'Nothing waiting';
  return { last, now, tone: sync.refused > 0 ? 'danger' : sync.waiting > 0 ? 'warning' : 'ok' };
}
