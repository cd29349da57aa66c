import 'server-only';
import type { Db } from '@/lib/db';
import type { TArea } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertAreaNameFree } from './update-area';

export type CreateAreaOptions = {
  db: Db;
  actor: Actor;
  name: string;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Adds an area (a room, the terrace): a new tab on the floor plan, after the others. */
export async function createArea({ db, actor, name, idempotency, requestId, now }: CreateAreaOptions): Promise<{
  area: TArea;
}> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await assertAreaNameFree(tx, { locationId: actor.locationId, name });
    const last = await tx.area.aggregate({ where: { locationId: actor.locationId }, _max: { sortOrder: true } });
    const created = await tx.area.create({
      data: { locationId: actor.locationId, name, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: { id: true, name: true, sortOrder: true },
    });
    await recordChange(tx, {
      by: actor,
      action: 'floor.area_created',
      entity: { type: 'Area', id: created.id },
      after: created,
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Area', id: created.id }, 'floor.area_created')],
    });
    return { area: { ...created, tableCount: 0 } };
  });
}
