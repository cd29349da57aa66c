import 'server-only';
import type { Db } from '@/lib/db';
import { tableLabel } from '@/lib/domain/floor-plan';
import { AppError } from '@/lib/errors';
import type { TFloorTable } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { floorUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { lockTable } from './floor-rows';

export type DeleteTableOptions = {
  db: Db;
  actor: Actor;
  tableId: string;
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Takes a table off the floor plan. The row stays (off every area, `removedAt` set) because past
 * orders and their receipts name it; a table with an unfinished order cannot go.
 */
export async function deleteTable({ db, actor, tableId, idempotency, requestId, now }: DeleteTableOptions): Promise<{
  table: TFloorTable;
}> {
  assertPermission(actor, 'floor:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const before = await lockTable(tx, actor.locationId, tableId);
    const open = await tx.order.findFirst({
      where: { locationId: actor.locationId, tableId, status: { notIn: ['CLOSED', 'VOIDED'] } },
      select: { number: true },
    });
    if (open)
      throw new AppError('CONFLICT', {
        message: `${tableLabel(before.name)} has an open order (#${open.number}) — close or move it first`,
        details: { reason: 'TABLE_HAS_OPEN_ORDER', orderNumber: open.number },
      });
    await tx.table.update({ where: { id: tableId }, data: { removedAt: now, areaId: null } });
    await recordChange(tx, {
      by: actor,
      action: 'floor.table_removed',
      entity: { type: 'Table', id: tableId },
      before,
      requestId,
      now,
      events: [floorUpdatedEvent(actor.locationId, { type: 'Table', id: tableId }, 'floor.table_removed')],
    });
    return { table: before };
  });
}
