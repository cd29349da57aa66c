import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { groupByStation, linesToSend } from '@/lib/domain/kitchen-routing';
import { assertCanEditLines, assertOrderTransition } from '@/lib/domain/order-state';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import { appendOutboxEvent } from '../outbox/append-outbox-event';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordOrderChange } from './record-order-change';

export type SendOrderOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  expectedVersion?: number;
  requestId: string;
  now: Date;
};

/**
 * Sends the unsent lines of fired courses to the kitchen: one ticket per station. Sending again
 * sends only what was added since; with nothing new it changes nothing and returns no tickets.
 */
export async function sendOrder({
  db,
  actor,
  orderId,
  expectedVersion,
  requestId,
  now,
}: SendOrderOptions): Promise<{ order: TOrder; tickets: TTicket[] }> {
  assertPermission(actor, 'orders:write');
  return db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion });
    assertCanEditLines(locked.status);
    const lines = await tx.orderLine.findMany({
      where: { orderId, kitchenStatus: 'PENDING', voidedAt: null },
      select: { id: true, stationId: true, course: true, kitchenStatus: true },
    });
    const toSend = linesToSend(
      lines.map((line) => ({ ...line, isVoided: false })),
      locked.firedCourse,
    );
    if (toSend.length === 0) return { order: await getOrder(tx, actor.locationId, orderId), tickets: [] };

    if (locked.status === 'OPEN') assertOrderTransition('OPEN', 'SENT');
    const table = locked.tableId
      ? await tx.table.findUnique({ where: { id: locked.tableId }, select: { name: true } })
      : null;
    const tickets: TTicket[] = [];
    for (const [stationId, group] of groupByStation(toSend)) {
      const lineIds = group.map((line) => line.id);
      const ticketId = stationId ? randomUUID() : null;
      if (stationId && ticketId) {
        await tx.ticket.create({
          data: { id: ticketId, locationId: actor.locationId, orderId, stationId, createdAt: now },
        });
        tickets.push({
          id: ticketId,
          orderId,
          orderNumber: locked.number,
          stationId,
          status: 'NEW',
          tableName: table?.name ?? null,
          createdAt: now.toISOString(),
          lineIds,
        });
      }
      await tx.orderLine.updateMany({
        where: { id: { in: lineIds } },
        data: { kitchenStatus: 'SENT', sentAt: now, ticketId },
      });
    }
    await bumpOrderVersion(tx, locked, { status: 'SENT', ...(locked.status === 'OPEN' ? { sentAt: now } : {}) });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordOrderChange({
      tx,
      actor,
      order,
      action: 'order.sent',
      after: { lineIds: toSend.map((line) => line.id), tickets: tickets.map((ticket) => ticket.id) },
      requestId,
      now,
    });
    for (const ticket of tickets)
      await appendOutboxEvent(tx, { locationId: actor.locationId, type: 'ticket.created', payload: ticket });
    return { order, tickets };
  });
}
