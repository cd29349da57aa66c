import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TDevice, TPairDeviceBody } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { recordChange } from '../outbox/record-change';
import { assertPermission } from '../permissions';
import { toDeviceDto } from './to-device-dto';

export type PairDeviceOptions = { db: Db; actor: Actor; input: TPairDeviceBody; requestId: string; now: Date };

/** Registers this browser as a till or kitchen screen of the manager's location. */
export async function pairDevice({ db, actor, input, requestId, now }: PairDeviceOptions): Promise<TDevice> {
  assertPermission(actor, 'devices:manage');
  return db.$transaction(async (tx) => {
    if (input.stationId) {
      const station = await tx.station.findFirst({
        where: { id: input.stationId, locationId: actor.locationId },
        select: { id: true },
      });
      if (!station)
        throw new AppError('VALIDATION_FAILED', {
          message: 'That station is not at this location',
          details: [{ path: 'stationId', message: 'Unknown station' }],
        });
    }
    const device = await tx.device.create({
      data: {
        locationId: actor.locationId,
        name: input.name,
        kind: input.kind,
        stationId: input.stationId ?? null,
        pairedById: actor.userId,
        createdAt: now,
      },
    });
    const dto = toDeviceDto(device);
    await recordChange(tx, {
      audit: {
        organisationId: actor.organisationId,
        locationId: actor.locationId,
        actorUserId: actor.userId,
        action: 'device.paired',
        entityType: 'Device',
        entityId: device.id,
        after: dto,
        requestId,
        createdAt: now,
      },
      events: [{ locationId: actor.locationId, type: 'device.paired', payload: dto }],
    });
    return dto;
  });
}
