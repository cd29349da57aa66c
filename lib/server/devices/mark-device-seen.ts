import 'server-only';
import type { DbOrTx } from '@/lib/db';

/** How stale "last seen" may get before a request from the device writes it again. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Notes that a paired device was just in use. Screens ask for a realtime token every few minutes
 * while they are open, so "last seen" stays true between PIN sign-ins without a write on every
 * request: the row is touched only when its time is a minute old, in one guarded statement.
 * Not audited: it is a reading, not a change anyone made.
 */
export async function markDeviceSeen(db: DbOrTx, deviceId: string | null, now: Date): Promise<void> {
  if (!deviceId) return;
  await db.device.updateMany({
    where: {
      id: deviceId,
      revokedAt: null,
      OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } }],
    },
    data: { lastSeenAt: now },
  });
}
