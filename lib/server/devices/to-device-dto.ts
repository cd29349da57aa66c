import 'server-only';
import type { Device } from '@/lib/generated/prisma/client';
import type { TDevice } from '@/lib/schemas/devices';

export function toDeviceDto(device: Device): TDevice {
  return {
    id: device.id,
    name: device.name,
    kind: device.kind,
    stationId: device.stationId,
    pairedAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    pinLockedUntil: device.pinLockedUntil?.toISOString() ?? null,
  };
}
