import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TDevice } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange } from '../write/record-change';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { toDeviceDto } from './to-device-dto';

export type RevokeDeviceOptions = {
  db: Db;
  actor: Actor;
  deviceId: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Unpairs a device: PIN sign-in on it stops, and sessions opened on it are refused on their next request. */
export async function revokeDevice({
  db,
  actor,
  deviceId,
  idempotency,
  requestId,
  now,
}: RevokeDeviceOptions): Promise<{ device: TDevice }> {
  assertPermission(actor, 'devices:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const before = await tx.device.findFirst({ where: { id: deviceId, locationId: actor.locationId } });
    if (!before) throw new AppError('NOT_FOUND', { message: 'No such device at this location' });
    const { count } = await tx.device.updateMany({
      where: { id: deviceId, locationId: actor.locationId, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.userId },
    });
    if (count !== 1) throw new AppError('CONFLICT', { message: 'This device was already revoked' });
    const device = toDeviceDto({ ...before, revokedAt: now, revokedById: actor.userId });
    await recordChange(tx, {
      by: actor,
      action: 'device.revoked',
      entity: { type: 'Device', id: deviceId },
      before: toDeviceDto(before),
      after: device,
      requestId,
      now: now,
      events: [{ locationId: actor.locationId, type: 'device.revoked', payload: { id: deviceId } }],
    });
    return { device };
  });
}
