import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TCurrentDeviceResponse } from '@/lib/schemas/devices';
import { readAppCookie, verifyDeviceCookie } from '../auth/cookies';
import { findPinLock } from '../auth/pin-attempts';

export type FindCurrentDeviceOptions = { db: DbOrTx; cookieHeader: string | null; now: Date };

/** The paired, unrevoked device behind this browser's device cookie, or null. */
export async function findCurrentDevice({
  db,
  cookieHeader,
  now,
}: FindCurrentDeviceOptions): Promise<TCurrentDeviceResponse['device'] | null> {
  const deviceId = verifyDeviceCookie(readAppCookie(cookieHeader, 'device')?.value);
  if (!deviceId) return null;
  const device = await db.device.findFirst({
    where: { id: deviceId, revokedAt: null },
    include: { location: { select: { name: true } } },
  });
  if (!device) return null;
  const lockedUntil = await findPinLock(device, now);
  return {
    id: device.id,
    name: device.name,
    kind: device.kind,
    stationId: device.stationId,
    locationName: device.location.name,
    pinLockedUntil: lockedUntil?.toISOString() ?? null,
  };
}
