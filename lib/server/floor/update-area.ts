import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TArea, TUpdateAreaBody } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { areaWithCount, lockArea } from './floor-rows';

export type UpdateAreaOptions = {
  db: Db;
  actor: Actor;
  areaId: string;
  changes: TUpdateAreaBody;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** A clear 409 before the unique index would refuse the name anyway. */
export async function assertAreaNameFree(
  tx: DbOrTx,
  options: { locationId: string; name: string; areaId?: string },
): Promise<void> {
  const holder = await tx.area.findFirst({
    where: {
      locationId: options.locationId,
      name: options.name,
      ...(options.areaId ? { id: { not: options.areaId } } : {}),
    },
    select: { id: true },
  });
  if (holder)
    throw new AppError('CONFLICT', {
      message: `There is already an area called ${options.name}`,
      details: { reason: 'DUPLICATE_NAME' },
    });
}

/** Renames an area or moves its tab among the others. */
export async function updateArea({
  db,
  actor,
  areaId,
  changes,
  idempotency,
  requestId,
  now,
}: UpdateAreaOptions): Promise<{ area: TArea }> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const before = await lockArea(tx, actor.locationId, areaId);
    if (changes.name !== undefined && changes.name !== before.name)
      await assertAreaNameFree(tx, { locationId: actor.locationId, name: changes.name, areaId });
    const after = await tx.area.update({
      where: { id: areaId },
      data: { name: changes.name, sortOrder: changes.sortOrder },
      select: { id: true, name: true, sortOrder: true },
    });
    await recordChange(tx, {
      by: actor,
      action: 'floor.area_changed',
      entity: { type: 'Area', id: areaId },
      before,
      after,
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Area', id: areaId }, 'floor.area_changed')],
    });
    return { area: await areaWithCount(tx, after) };
  });
}
