import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { nextRefundStatus, type RefundStatus } from '@/lib/domain/payment-state';
import { bumpOrderVersion, type LockedOrder, lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { type ChangeActor, changedBy, recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';
import { writeTransaction } from '../write/write-transaction';

export type RefundMove = {
  refundId: string;
  locationId: string;
  /** The refund's order, locked by the caller's transaction. */
  order: LockedOrder;
  to: RefundStatus;
  /** Who moved it: a person (a refused send) or null for a provider's report. */
  actor: ChangeActor | null;
  /** What told us: `status_read`, a webhook event id, or `provider_refused`. */
  source: string;
  requestId?: string | null;
  now: Date;
};

/**
 * Inside a transaction that holds the refund's order: moves a PENDING refund to what its provider
 * reported, once (a guarded update), with its audit row and the `order.updated` event the till and
 * the office listen to. Returns the order as it now stands (its version moved on), or null when the
 * refund had already moved.
 */
export async function moveRefund(tx: DbOrTx, move: RefundMove): Promise<LockedOrder | null> {
  const next = nextRefundStatus('PENDING', move.to);
  if (!next || next === 'PENDING') return null;
  const moved = await tx.refund.updateMany({ where: { id: move.refundId, status: 'PENDING' }, data: { status: next } });
  if (moved.count !== 1) return null;
  await bumpOrderVersion(tx, move.order);
  const order = await getOrder(tx, move.locationId, move.order.id);
  await recordChange(tx, {
    ...changedBy(move.actor, move.locationId),
    action: next === 'SUCCEEDED' ? 'refund.succeeded' : 'refund.failed',
    entity: { type: 'Refund', id: move.refundId },
    before: { status: 'PENDING' },
    after: { status: next, source: move.source },
    requestId: move.requestId ?? null,
    now: move.now,
    events: [
      orderUpdatedEvent(move.locationId, order, next === 'SUCCEEDED' ? 'order.refund_paid' : 'order.refund_failed'),
    ],
  });
  return { ...move.order, version: move.order.version + 1 };
}

/** A provider's word on one refund (a status read), applied in its own transaction. */
export async function settleRefund(
  db: Db,
  options: { refundId: string; to: RefundStatus; source: string; now: Date },
): Promise<'applied' | 'unchanged'> {
  const refund = await db.refund.findUniqueOrThrow({
    where: { id: options.refundId },
    select: {
      locationId: true,
      payment: { select: { orderId: true } },
    },
  });
  return writeTransaction(db, { now: options.now }, async (tx) => {
    const order = await lockOrder(tx, { orderId: refund.payment.orderId, locationId: refund.locationId });
    const moved = await moveRefund(tx, {
      refundId: options.refundId,
      locationId: refund.locationId,
      order,
      to: options.to,
      actor: null,
      source: options.source,
      now: options.now,
    });
    return moved ? 'applied' : 'unchanged';
  });
}
