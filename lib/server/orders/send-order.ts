import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '@/lib/db';
import { groupByStation, linesToSend } from '@/lib/domain/kitchen-routing';
import { assertCanSendToKitchen, assertOrderTransition } from '@/lib/domain/order-state';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import type { OutboxEventInput } from '../write/record-change';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { bumpOrderVersion, type LockedOrder, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

/**
 * Inside a locked order's transaction: puts the unsent lines of fired courses on tickets, one per
 * station, and moves the order to SENT. Returns the new tickets (none when nothing was waiting).
 */
export async function releaseToKitchen(
  tx: DbOrTx,
  options: { actor: Actor; locked: LockedOrder; firedCourse: number; now: Date },
): Promise<{ tickets: TTicket[]; lineIds: string[]; events: OutboxEventInput[] }> {
  const { actor, locked, firedCourse, now } = options;
  // The unsent lines and the table's name (for the ticket) in one round trip.
  const pending = await tx.$queryRaw<
    { id: string; stationId: string | null; course: number; tableName: string | null }[]
  >`
    SELECT l."id"::text AS "id", l."stationId"::text AS "stationId", l."course",
           (SELECT t."name" FROM "Table" t WHERE t."id" = ${locked.tableId}::uuid) AS "tableName"
    FROM "OrderLine" l
    WHERE l."orderId" = ${locked.id}::uuid AND l."kitchenStatus" = 'PENDING' AND l."voidedAt" IS NULL
    ORDER BY l."createdAt", l."id"`;
  const toSend = linesToSend(
    pending.map((line) => ({ ...line, kitchenStatus: 'PENDING' as const, isVoided: false })),
    firedCourse,
  );
  if (toSend.length === 0) return { tickets: [], lineIds: [], events: [] };
  if (locked.status === 'OPEN') assertOrderTransition('OPEN', 'SENT');
  const tableName = pending[0]?.tableName ?? null;
  const tickets: TTicket[] = [];
  const assignments: { lineId: string; ticketId: string | null }[] = [];
  for (const [stationId, group] of groupByStation(toSend)) {
    const ticketId = stationId ? randomUUID() : null;
    const lineIds = group.map((line) => line.id);
    for (const lineId of lineIds) assignments.push({ lineId, ticketId });
    if (stationId && ticketId) {
      tickets.push({
        id: ticketId,
        orderId: locked.id,
        orderNumber: locked.number,
        stationId,
        status: 'NEW',
        tableName,
        createdAt: now.toISOString(),
        lineIds,
      });
    }
  }
  // The tickets and every released line's ticket in one statement (foreign keys are checked at
  // its end, so the lines may point at tickets inserted alongside).
  const ticketRows = tickets.map((t) => ({ id: t.id, stationId: t.stationId }));
  await tx.$executeRaw`
    WITH new_tickets AS (
      INSERT INTO "Ticket" ("id", "locationId", "orderId", "stationId", "createdAt")
      SELECT t."id", ${actor.locationId}::uuid, ${locked.id}::uuid, t."stationId", ${now}
      FROM jsonb_to_recordset(${JSON.stringify(ticketRows)}::jsonb) AS t("id" uuid, "stationId" uuid)
      RETURNING 1
    )
    UPDATE "OrderLine" AS l SET "kitchenStatus" = 'SENT', "sentAt" = ${now}, "ticketId" = a."ticketId"
    FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS a("lineId" uuid, "ticketId" uuid)
    WHERE l."id" = a."lineId"`;
  const events = tickets.map((ticket) => ({
    locationId: actor.locationId,
    type: 'ticket.created' as const,
    payload: ticket,
  }));
  return { tickets, lineIds: toSend.map((line) => line.id), events };
}

export type SendOrderOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  expectedVersion?: number;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
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
  idempotency,
  requestId,
  now,
}: SendOrderOptions): Promise<{ order: TOrder; tickets: TTicket[] }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion });
    assertCanSendToKitchen(locked.status);
    const { tickets, lineIds, events } = await releaseToKitchen(tx, {
      actor,
      locked,
      firedCourse: locked.firedCourse,
      now,
    });
    if (lineIds.length === 0) return { order: await getOrder(tx, actor.locationId, orderId), tickets };
    // An open order becomes SENT; a paid one keeps its status (its money is already settled).
    await bumpOrderVersion(tx, locked, locked.status === 'OPEN' ? { status: 'SENT', sentAt: now } : {});
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.sent',
      entity: { type: 'Order', id: order.id },
      after: { lineIds, tickets: tickets.map((ticket) => ticket.id) },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.sent'), ...events],
    });
    return { order, tickets };
  });
}

export type FireCourseOptions = SendOrderOptions & { course: number };

/** Fires a held course: its lines (and any earlier unsent ones) go to the kitchen now. */
export async function fireCourse({
  db,
  actor,
  orderId,
  course,
  expectedVersion,
  idempotency,
  requestId,
  now,
}: FireCourseOptions): Promise<{ order: TOrder; tickets: TTicket[] }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion });
    assertCanSendToKitchen(locked.status);
    const firedCourse = Math.max(locked.firedCourse, course);
    const { tickets, lineIds, events } = await releaseToKitchen(tx, { actor, locked, firedCourse, now });
    await bumpOrderVersion(tx, locked, {
      firedCourse,
      ...(lineIds.length && locked.status === 'OPEN' ? { status: 'SENT' as const, sentAt: now } : {}),
    });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.course_fired',
      entity: { type: 'Order', id: order.id },
      after: { course, lineIds },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.course_fired'), ...events],
    });
    return { order, tickets };
  });
}
