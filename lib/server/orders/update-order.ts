import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import type { TOrder, TUpdateOrderBody } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type UpdateOrderOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  input: TUpdateOrderBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Covers and the customer's name. */
export async function updateOrder({
  db,
  actor,
  orderId,
  input,
  idempotency,
  requestId,
  now,
}: UpdateOrderOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  const { version, ...changes } = input;
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: version });
    assertCanEditLines(locked.status);
    const before = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { covers: true, customerName: true },
    });
    await tx.order.update({ where: { id: orderId }, data: changes });
    await bumpOrderVersion(tx, locked);
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.details_changed',
      entity: { type: 'Order', id: order.id },
      before,
      after: changes,
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.details_changed')],
    });
    return { order };
  });
}
