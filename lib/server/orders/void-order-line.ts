import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import { AppError } from '@/lib/errors';
import type { TOrder, TVoidLineBody } from '@/lib/schemas/orders';
import { approverFor } from '../approvals/require-approval';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type VoidOrderLineOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  lineId: string;
  input: TVoidLineBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Voids one line. Before it is sent this is free (a mis-tap); once the kitchen has it, it needs a
 * reason and a manager's approval — the PIN inline, or the actor's own role if it may approve.
 * The line stays on the order, struck through, and its ticket hears about it.
 */
export async function voidOrderLine({
  db,
  actor,
  orderId,
  lineId,
  input,
  idempotency,
  requestId,
  now,
}: VoidOrderLineOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: input.version });
    assertCanEditLines(locked.status);
    const line = await tx.orderLine.findFirst({ where: { id: lineId, orderId } });
    if (!line) throw new AppError('NOT_FOUND', { message: 'No such line on this order' });
    if (line.voidedAt) throw new AppError('CONFLICT', { message: `${line.name} is already voided` });
    const wasSent = line.kitchenStatus !== 'PENDING';
    let approvedById: string | null = null;
    if (wasSent) {
      approvedById = await approverFor({
        db: tx,
        actor,
        approval: input.approval,
        now,
        action: `Voiding ${line.name} after it was sent`,
      });
    }
    const { count } = await tx.orderLine.updateMany({
      where: { id: lineId, voidedAt: null },
      data: { voidedAt: now, voidReason: input.reason, voidedById: actor.userId, approvedById },
    });
    if (count !== 1) throw new AppError('CONFLICT', { message: `${line.name} was voided on another till` });
    await bumpOrderVersion(tx, locked);
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.line_voided',
      entity: { type: 'Order', id: order.id },
      before: { lineId, name: line.name, quantity: line.quantity, kitchenStatus: line.kitchenStatus },
      after: { lineId, reason: input.reason, totalPence: order.totals.totalPence },
      approvedById,
      requestId,
      now,
      events: [
        orderUpdatedEvent(actor.locationId, order, 'order.line_voided'),
        ...(line.ticketId && line.stationId
          ? [
              {
                locationId: actor.locationId,
                type: 'ticket.updated' as const,
                payload: {
                  ticketId: line.ticketId,
                  orderId,
                  orderNumber: locked.number,
                  stationId: line.stationId,
                  status: null,
                  action: 'line_voided' as const,
                  lineIds: [lineId],
                  orderCreatedById: order.createdBy.id,
                },
              },
            ]
          : []),
      ],
    });
    return { order };
  });
}
