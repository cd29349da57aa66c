import 'server-only';
import type { Db } from '@/lib/db';
import type { TDevice, TPairDeviceBody } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { insertPairedDevice } from './insert-paired-device';
import { toDeviceDto } from './to-device-dto';

export type PairDeviceOptions = { db: Db; actor: Actor; input: TPairDeviceBody; requestId: string; now: Date };

/** Registers this browser as a till or kitchen screen of the manager's location. */
export async function pairDevice({ db, actor, input, requestId, now }: PairDeviceOptions): Promise<TDevice> {
  assertPermission(actor, 'devices:manage');
  return writeTransaction(db, { now }, async (tx) => {
    const device = await insertPairedDevice(tx, {
      locationId: actor.locationId,
      input,
      pairedById: actor.userId,
      now,
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
