import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TDevice } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { toDeviceDto } from './to-device-dto';

export type FindDevicesOptions = { db: DbOrTx; actor: Actor };

/** Every device ever paired at the actor's location, live ones first, newest first. */
export async function findDevices({ db, actor }: FindDevicesOptions): Promise<TDevice[]> {
  assertPermission(actor, 'devices:manage');
  const devices = await db.device.findMany({
    where: { locationId: actor.locationId },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  });
  return devices.map(toDeviceDto);
}
