import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import { AppError } from '@/lib/errors';
import type { TOrder, TUpdateOrderLineBody } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type UpdateOrderLineOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  lineId: string;
  input: TUpdateOrderLineBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Changes quantity, note, seat or course of a line the kitchen has not seen yet. */
export async function updateOrderLine({
  db,
  actor,
  orderId,
  lineId,
  input,
  idempotency,
  requestId,
  now,
}: UpdateOrderLineOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  const { version, ...changes } = input;
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: version });
    assertCanEditLines(locked.status);
    const line = await tx.orderLine.findFirst({
      where: { id: lineId, orderId },
      select: {
        id: true,
        name: true,
        quantity: true,
        note: true,
        seat: true,
        course: true,
        kitchenStatus: true,
        voidedAt: true,
      },
    });
    if (!line) throw new AppError('NOT_FOUND', { message: 'No such line on this order' });
    if (line.voidedAt) throw new AppError('CONFLICT', { message: `${line.name} is voided` });
    if (line.kitchenStatus !== 'PENDING')
      throw new AppError('CONFLICT', {
        message: `${line.name} is already with the kitchen: void it (with approval) and add it again`,
      });
    await tx.orderLine.update({ where: { id: lineId }, data: changes });
    await bumpOrderVersion(tx, locked);
    const order = await getOrder(tx, actor.locationId, orderId);
    const { kitchenStatus: _status, voidedAt: _voided, ...before } = line;
    await recordChange(tx, {
      by: actor,
      action: 'order.line_changed',
      entity: { type: 'Order', id: order.id },
      before,
      after: { id: lineId, ...changes },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.line_changed')],
    });
    return { order };
  });
}
