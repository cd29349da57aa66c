import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import { AppError } from '@/lib/errors';
import type { TOrder } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type MoveOrderOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  tableId: string;
  expectedVersion?: number;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Moves a dine-in order to another table (the party moved); tickets follow the order. */
export async function moveOrder({
  db,
  actor,
  orderId,
  tableId,
  expectedVersion,
  idempotency,
  requestId,
  now,
}: MoveOrderOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion });
    assertCanEditLines(locked.status);
    if (locked.type !== 'DINE_IN') throw new AppError('CONFLICT', { message: 'A takeaway order has no table to move' });
    const table = await tx.table.findFirst({
      where: { id: tableId, locationId: actor.locationId, removedAt: null },
      select: { id: true, name: true },
    });
    if (!table)
      throw new AppError('VALIDATION_FAILED', {
        message: 'No such table at this location',
        details: [{ path: 'tableId', message: 'Unknown table' }],
      });
    if (table.id === locked.tableId)
      throw new AppError('CONFLICT', { message: `The order is already at table ${table.name}` });
    await bumpOrderVersion(tx, locked, { tableId: table.id });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.moved',
      entity: { type: 'Order', id: order.id },
      before: { tableId: locked.tableId },
      after: { tableId: table.id },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.moved')],
    });
    return { order };
  });
}
