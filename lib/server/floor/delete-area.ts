import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TArea } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { areaWithCount, lockArea } from './floor-rows';

export type DeleteAreaOptions = {
  db: Db;
  actor: Actor;
  areaId: string;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Removes an area with no tables on it. Tables are never removed along with their area: each may
 * have an open order, so the manager moves or removes them one by one first.
 */
export async function deleteArea({ db, actor, areaId, idempotency, requestId, now }: DeleteAreaOptions): Promise<{
  area: TArea;
}> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    // The lock keeps a table from being put on the area while it goes.
    const before = await lockArea(tx, actor.locationId, areaId);
    const area = await areaWithCount(tx, before);
    if (area.tableCount > 0)
      throw new AppError('CONFLICT', {
        message: `${area.name} still has ${area.tableCount} ${area.tableCount === 1 ? 'table' : 'tables'}: move or remove ${area.tableCount === 1 ? 'it' : 'them'} first`,
        details: { reason: 'AREA_HAS_TABLES', tableCount: area.tableCount },
      });
    await tx.area.delete({ where: { id: areaId } });
    await recordChange(tx, {
      by: actor,
      action: 'floor.area_removed',
      entity: { type: 'Area', id: areaId },
      before,
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Area', id: areaId }, 'floor.area_removed')],
    });
    return { area };
  });
}
