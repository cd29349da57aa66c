import 'server-only';
import type { Db } from '@/lib/db';
import type { TFloorTable, TUpdateTableBody } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPlacement, assertTableNameFree, lockAreas, lockTable } from './floor-rows';

export type UpdateTableOptions = {
  db: Db;
  actor: Actor;
  tableId: string;
  changes: TUpdateTableBody;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Moves, resizes, renames or reshapes a table; every till redraws it at once. */
export async function updateTable({
  db,
  actor,
  tableId,
  changes,
  idempotency,
  requestId,
  now,
}: UpdateTableOptions): Promise<{ table: TFloorTable }> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const before = await lockTable(tx, actor.locationId, tableId);
    const after: TFloorTable = { ...before, ...changes };
    await lockAreas(tx, actor.locationId, [before.areaId, after.areaId]);
    await assertPlacement(tx, { locationId: actor.locationId, areaId: after.areaId, tableId, placement: after });
    if (after.name !== before.name)
      await assertTableNameFree(tx, { locationId: actor.locationId, name: after.name, tableId });
    await tx.table.update({ where: { id: tableId }, data: changes });
    await recordChange(tx, {
      by: actor,
      action: 'floor.table_changed',
      entity: { type: 'Table', id: tableId },
      before,
      after,
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Table', id: tableId }, 'floor.table_changed')],
    });
    return { table: after };
  });
}
