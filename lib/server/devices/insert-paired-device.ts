import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Device } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import type { TPairDeviceBody } from '@/lib/schemas/devices';

export type InsertPairedDeviceOptions = {
  locationId: string;
  input: TPairDeviceBody;
  /** Who paired it: the manager signed in on it, or the one who made the code typed on it. */
  pairedById: string;
  now: Date;
};

/**
 * The device row both ways of pairing create (a manager signed in on the screen, or a one-time
 * code typed on it), in the caller's transaction, so the two cannot drift apart.
 */
export async function insertPairedDevice(
  tx: DbOrTx,
  { locationId, input, pairedById, now }: InsertPairedDeviceOptions,
): Promise<Device> {
  await assertStationHere(tx, locationId, input.stationId);
  return tx.device.create({
    data: {
      locationId,
      name: input.name,
      kind: input.kind,
      stationId: input.stationId ?? null,
      pairedById,
      createdAt: now,
    },
  });
}

/** A kitchen screen's station must be one of this location's (422 naming the field otherwise). */
export async function assertStationHere(tx: DbOrTx, locationId: string, stationId: string | undefined | null) {
  if (!stationId) return;
  const station = await tx.station.findFirst({ where: { id: stationId, locationId }, select: { id: true } });
  if (!station)
    throw new AppError('VALIDATION_FAILED', {
      message: 'That station is not at this location',
      details: [{ path: 'stationId', message: 'Unknown station' }],
    });
}
