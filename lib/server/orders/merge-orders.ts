import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines, assertOrderTransition } from '@/lib/domain/order-state';
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

export type MergeOrdersOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  fromOrderId: string;
  expectedVersion?: number;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Merges another open order (e.g. the next table, pushed together) into this one: its lines,
 * discounts and tickets move over, and it is closed as VOIDED with a pointer to this order.
 */
export async function mergeOrders({
  db,
  actor,
  orderId,
  fromOrderId,
  expectedVersion,
  idempotency,
  requestId,
  now,
}: MergeOrdersOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  if (orderId === fromOrderId)
    throw new AppError('VALIDATION_FAILED', {
      message: 'An order cannot be merged into itself',
      details: [{ path: 'fromOrderId', message: 'Same order' }],
    });
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    // Lock both rows in id order, so two tills merging the same pair the other way round cannot deadlock.
    const [firstId, secondId] = [orderId, fromOrderId].sort();
    const first = await lockOrder(tx, {
      orderId: firstId!,
      locationId: actor.locationId,
      expectedVersion: firstId === orderId ? expectedVersion : undefined,
    });
    const second = await lockOrder(tx, {
      orderId: secondId!,
      locationId: actor.locationId,
      expectedVersion: secondId === orderId ? expectedVersion : undefined,
    });
    const [target, source] = first.id === orderId ? [first, second] : [second, first];
    assertCanEditLines(target.status);
    assertCanEditLines(source.status);
    assertOrderTransition(source.status, 'VOIDED');
    await tx.orderLine.updateMany({ where: { orderId: source.id }, data: { orderId: target.id } });
    await tx.discount.updateMany({ where: { orderId: source.id }, data: { orderId: target.id } });
    await tx.ticket.updateMany({ where: { orderId: source.id }, data: { orderId: target.id } });
    const becomesSent = target.status === 'OPEN' && source.status === 'SENT';
    await bumpOrderVersion(tx, target, becomesSent ? { status: 'SENT', sentAt: now } : {});
    await bumpOrderVersion(tx, source, {
      status: 'VOIDED',
      voidedAt: now,
      voidReason: `Merged into order #${target.number}`,
    });
    await tx.order.update({ where: { id: source.id }, data: { mergedIntoId: target.id } });
    const order = await getOrder(tx, actor.locationId, target.id);
    const merged = await getOrder(tx, actor.locationId, source.id);
    await recordChange(tx, {
      by: actor,
      action: 'order.merged',
      entity: { type: 'Order', id: order.id },
      after: { fromOrderId: source.id, fromNumber: source.number },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.merged')],
    });
    await recordChange(tx, {
      by: actor,
      action: 'order.merged_away',
      entity: { type: 'Order', id: merged.id },
      after: { intoOrderId: target.id, intoNumber: target.number },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, merged, 'order.merged_away')],
    });
    return { order };
  });
}
