import 'server-only';
import type { Device } from '@/lib/generated/prisma/client';
import { type TDevice, type TDeviceSync, ZDeviceSync } from '@/lib/schemas/devices';

const ZStoredRefusals = ZDeviceSync.shape.refusals;

/** A till's last report of its offline outbox (null before its first). */
export function toDeviceSync(device: Device): TDeviceSync | null {
  if (!device.syncReportedAt) return null;
  return {
    waiting: device.syncWaiting,
    oldestAt: device.syncOldestAt?.toISOString() ?? null,
    refused: device.syncRefused,
    // Written by recordSyncReport from a checked report; read defensively all the same.
    refusals: ZStoredRefusals.safeParse(device.syncRefusals).data ?? [],
    lastSyncedAt: device.lastSyncedAt?.toISOString() ?? null,
    reportedAt: device.syncReportedAt.toISOString(),
  };
}

/** A device as the API shows it; `pinLockedUntil` comes from the PIN budgets (findPinLock). */
export function toDeviceDto(device: Device, pinLockedUntil: Date | null = null): TDevice {
  return {
    id: device.id,
    name: device.name,
    kind: device.kind,
    stationId: device.stationId,
    pairedAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    pinLockedUntil: pinLockedUntil?.toISOString() ?? null,
    sync: toDeviceSync(device),
  };
}
