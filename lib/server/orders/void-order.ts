import 'server-only';
import type { Db } from '@/lib/db';
import { assertOrderTransition } from '@/lib/domain/order-state';
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

export type VoidOrderOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  input: TVoidLineBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Voids a whole unpaid order. If anything reached the kitchen it needs a manager's approval, and
 * its open tickets are voided too. An order with money taken is refunded, not voided (409).
 */
export async function voidOrder({
  db,
  actor,
  orderId,
  input,
  idempotency,
  requestId,
  now,
}: VoidOrderOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: input.version });
    assertOrderTransition(locked.status, 'VOIDED');
    let approvedById: string | null = null;
    if (locked.status === 'SENT') {
      approvedById = await approverFor({
        db: tx,
        actor,
        approval: input.approval,
        now,
        action: `Voiding order #${locked.number} after it was sent`,
      });
    }
    await tx.orderLine.updateMany({
      where: { orderId, voidedAt: null },
      data: { voidedAt: now, voidReason: input.reason, voidedById: actor.userId, approvedById },
    });
    const tickets = await tx.ticket.findMany({
      where: { orderId, status: { in: ['NEW', 'IN_PROGRESS', 'READY'] } },
      select: { id: true, stationId: true },
    });
    await tx.ticket.updateMany({
      where: { id: { in: tickets.map((ticket) => ticket.id) } },
      data: { status: 'VOIDED' },
    });
    await bumpOrderVersion(tx, locked, { status: 'VOIDED', voidedAt: now, voidReason: input.reason });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.voided',
      entity: { type: 'Order', id: order.id },
      before: { status: locked.status },
      after: { status: 'VOIDED', reason: input.reason },
      approvedById,
      requestId,
      now,
      events: [
        orderUpdatedEvent(actor.locationId, order, 'order.voided'),
        ...tickets.map((ticket) => ({
          locationId: actor.locationId,
          type: 'ticket.updated' as const,
          payload: {
            ticketId: ticket.id,
            orderId,
            orderNumber: locked.number,
            stationId: ticket.stationId,
            status: 'VOIDED' as const,
            action: 'voided' as const,
            lineIds: [],
            orderCreatedById: order.createdBy.id,
          },
        })),
      ],
    });
    return { order };
  });
}
