import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TDevice } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { toDeviceDto } from './to-device-dto';

export type RenameDeviceOptions = {
  db: Db;
  actor: Actor;
  deviceId: string;
  name: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Renames a paired device ("Till 2" becomes "Bar till"); a revoked one keeps the name it had. */
export async function renameDevice({
  db,
  actor,
  deviceId,
  name,
  idempotency,
  requestId,
  now,
}: RenameDeviceOptions): Promise<{ device: TDevice }> {
  assertPermission(actor, 'devices:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const before = await tx.device.findFirst({ where: { id: deviceId, locationId: actor.locationId } });
    if (!before) throw new AppError('NOT_FOUND', { message: 'No such device at this location' });
    const { count } = await tx.device.updateMany({
      where: { id: deviceId, locationId: actor.locationId, revokedAt: null },
      data: { name },
    });
    if (count !== 1) throw new AppError('CONFLICT', { message: 'This device was revoked; pair it again instead' });
    await recordChange(tx, {
      by: actor,
      action: 'device.renamed',
      entity: { type: 'Device', id: deviceId },
      before: { name: before.name },
      after: { name },
      requestId,
      now,
      events: [{ locationId: actor.locationId, type: 'device.updated', payload: toDeviceDto({ ...before, name }) }],
    });
    return { device: toDeviceDto({ ...before, name }) };
  });
}
