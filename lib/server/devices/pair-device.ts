import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TDevice, TPairDeviceBody } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { toDeviceDto } from './to-device-dto';

export type PairDeviceOptions = { db: Db; actor: Actor; input: TPairDeviceBody; requestId: string; now: Date };

/** Registers this browser as a till or kitchen screen of the manager's location. */
export async function pairDevice({ db, actor, input, requestId, now }: PairDeviceOptions): Promise<TDevice> {
  assertPermission(actor, 'devices:manage');
  return writeTransaction(db, { now }, async (tx) => {
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
      by: actor,
      action: 'device.paired',
      entity: { type: 'Device', id: device.id },
      after: dto,
      requestId,
      now: now,
      events: [{ locationId: actor.locationId, type: 'device.paired', payload: dto }],
    });
    return dto;
  });
}
