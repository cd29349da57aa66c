import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '@/lib/db';
import { groupByStation, linesToSend } from '@/lib/domain/kitchen-routing';
import { assertCanEditLines, assertOrderTransition } from '@/lib/domain/order-state';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { OutboxEventInput } from '../outbox/append-outbox-event';
import { assertPermission } from '../permissions';
import { bumpOrderVersion, type LockedOrder, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordOrderChange } from './record-order-change';

/**
 * Inside a locked order's transaction: puts the unsent lines of fired courses on tickets, one per
 * station, and moves the order to SENT. Returns the new tickets (none when nothing was waiting).
 */
export async function releaseToKitchen(
  tx: DbOrTx,
  options: { actor: Actor; locked: LockedOrder; firedCourse: number; now: Date },
): Promise<{ tickets: TTicket[]; lineIds: string[]; events: OutboxEventInput[] }> {
  const { actor, locked, firedCourse, now } = options;
  const pending = await tx.orderLine.findMany({
    where: { orderId: locked.id, kitchenStatus: 'PENDING', voidedAt: null },
    select: { id: true, stationId: true, course: true, kitchenStatus: true },
  });
  const toSend = linesToSend(
    pending.map((line) => ({ ...line, isVoided: false })),
    firedCourse,
  );
  if (toSend.length === 0) return { tickets: [], lineIds: [], events: [] };
  if (locked.status === 'OPEN') assertOrderTransition('OPEN', 'SENT');
  const table = locked.tableId
    ? await tx.table.findUnique({ where: { id: locked.tableId }, select: { name: true } })
    : null;
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
        tableName: table?.name ?? null,
        createdAt: now.toISOString(),
        lineIds,
      });
    }
  }
  await tx.ticket.createMany({
    data: tickets.map((t) => ({
      id: t.id,
      locationId: actor.locationId,
      orderId: locked.id,
      stationId: t.stationId,
      createdAt: now,
    })),
  });
  // Every released line gets its ticket in one statement.
  await tx.$executeRaw`
    UPDATE "OrderLine" AS l SET "kitchenStatus" = 'SENT', "sentAt" = ${now}, "ticketId" = a."ticketId"::uuid
    FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS a("lineId" text, "ticketId" text)
    WHERE l."id" = a."lineId"::uuid`;
  const events = tickets.map((ticket) => ({ locationId: actor.locationId, type: 'ticket.created', payload: ticket }));
  return { tickets, lineIds: toSend.map((line) => line.id), events };
}

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
    const { tickets, lineIds, events } = await releaseToKitchen(tx, {
      actor,
      locked,
      firedCourse: locked.firedCourse,
      now,
    });
    if (lineIds.length === 0) return { order: await getOrder(tx, actor.locationId, orderId), tickets };
    await bumpOrderVersion(tx, locked, { status: 'SENT', ...(locked.status === 'OPEN' ? { sentAt: now } : {}) });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordOrderChange({
      tx,
      actor,
      order,
      action: 'order.sent',
      after: { lineIds, tickets: tickets.map((ticket) => ticket.id) },
      requestId,
      now,
      events,
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
  requestId,
  now,
}: FireCourseOptions): Promise<{ order: TOrder; tickets: TTicket[] }> {
  assertPermission(actor, 'orders:write');
  return db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion });
    assertCanEditLines(locked.status);
    const firedCourse = Math.max(locked.firedCourse, course);
    const { tickets, lineIds, events } = await releaseToKitchen(tx, { actor, locked, firedCourse, now });
    await bumpOrderVersion(tx, locked, {
      firedCourse,
      ...(lineIds.length ? { status: 'SENT' as const } : {}),
      ...(lineIds.length && locked.status === 'OPEN' ? { sentAt: now } : {}),
    });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordOrderChange({
      tx,
      actor,
      order,
      action: 'order.course_fired',
      after: { course, lineIds },
      requestId,
      now,
      events,
    });
    return { order, tickets };
  });
}
