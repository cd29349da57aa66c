import 'server-only';
import type { Db } from '@/lib/db';
import type { TCreateTableBody, TFloorTable } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPlacement, assertTableNameFree, FLOOR_TABLE_SELECT, lockArea, toFloorTable } from './floor-rows';

export type CreateTableOptions = {
  db: Db;
  actor: Actor;
  table: TCreateTableBody;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Puts a table on an area's grid. A name that a removed table had brings that table back (same
 * id), so its past orders and receipts and the new ones are one table's history.
 */
export async function createTable({ db, actor, table, idempotency, requestId, now }: CreateTableOptions): Promise<{
  table: TFloorTable;
}> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await lockArea(tx, actor.locationId, table.areaId);
    await assertPlacement(tx, { locationId: actor.locationId, areaId: table.areaId, placement: table });
    const removed = await tx.table.findFirst({
      where: { locationId: actor.locationId, name: table.name, removedAt: { not: null } },
      select: { id: true },
    });
    if (!removed) await assertTableNameFree(tx, { locationId: actor.locationId, name: table.name });
    const data = { ...table, removedAt: null };
    const row = removed
      ? await tx.table.update({ where: { id: removed.id }, data, select: FLOOR_TABLE_SELECT })
      : await tx.table.create({ data: { ...data, locationId: actor.locationId }, select: FLOOR_TABLE_SELECT });
    const created = toFloorTable(row);
    await recordChange(tx, {
      by: actor,
      action: 'floor.table_created',
      entity: { type: 'Table', id: created.id },
      after: { ...created, restored: removed !== null },
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Table', id: created.id }, 'floor.table_created')],
    });
    return { table: created };
  });
}
