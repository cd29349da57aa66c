import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TDevice } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { findPinLock } from '../auth/pin-attempts';
import { assertPermission } from '../permissions';
import { toDeviceDto } from './to-device-dto';

export type FindDevicesOptions = { db: DbOrTx; actor: Actor; now?: Date };

/** Every device ever paired at the actor's location, live ones first, newest first. */
export async function findDevices({ db, actor, now = new Date() }: FindDevicesOptions): Promise<TDevice[]> {
  assertPermission(actor, 'devices:manage');
  const devices = await db.device.findMany({
    where: { locationId: actor.locationId },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  });
  return Promise.all(
    devices.map(async (device) => toDeviceDto(device, device.revokedAt ? null : await findPinLock(device, now))),
  );
}
