import 'server-only';
import type { Device } from '@/lib/generated/prisma/client';
import type { TDevice } from '@/lib/schemas/devices';

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
  };
}
