import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import type { TAddLinesBody, TOrder } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { takesOfflineSale } from '@/lib/domain/offline-sale';
import { buildOrderLines, offlineAtOf, soldWhile86d } from './build-order-lines';
import { insertOrderRows } from './insert-order-rows';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type AddOrderLinesOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  input: TAddLinesBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Adds items to an open or sent order (another round for the table). */
export async function addOrderLines({
  db,
  actor,
  orderId,
  input,
  idempotency,
  requestId,
  now,
}: AddOrderLinesOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: input.version });
    assertCanEditLines(locked.status);
    const lines = await buildOrderLines({
      tx,
      locationId: actor.locationId,
      orderId,
      orderType: locked.type,
      inputs: input.lines,
      now,
      acceptSoldOut: takesOfflineSale({ offlineAt: offlineAtOf(input), deviceId: actor.deviceId, now }),
    });
    await insertOrderRows(tx, lines);
    await bumpOrderVersion(tx, locked);
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.lines_added',
      entity: { type: 'Order', id: order.id },
      after: {
        lines: lines.lines.map((line) => ({ id: line.id, name: line.name, quantity: line.quantity })),
        totalPence: order.totals.totalPence,
      },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.lines_added')],
    });
    const flagged = soldWhile86d(lines, input);
    if (flagged)
      await recordChange(tx, { by: actor, ...flagged, entity: { type: 'Order', id: order.id }, requestId, now });
    return { order };
  });
}
