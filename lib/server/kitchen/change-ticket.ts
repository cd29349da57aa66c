import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { assertTicketTransition, planBump, type TicketStatus } from '@/lib/domain/ticket-state';
import { AppError } from '@/lib/errors';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import type { z } from 'zod';
import type { ZTicketAction } from '@/lib/schemas/realtime';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { getTicket } from './find-tickets';

type LockedTicket = {
  id: string;
  status: TicketStatus;
  orderId: string;
  stationId: string;
  orderNumber: number;
  orderCreatedById: string;
};

/** Locks the ticket row for the rest of the transaction: two screens bumping at once queue up. */
async function lockTicket(tx: DbOrTx, locationId: string, ticketId: string): Promise<LockedTicket> {
  const [ticket] = await tx.$queryRaw<LockedTicket[]>`
    SELECT t."id"::text AS "id", t."status"::text AS "status", t."orderId"::text AS "orderId",
           t."stationId"::text AS "stationId", o."number" AS "orderNumber", o."createdById"::text AS "orderCreatedById"
    FROM "Ticket" t JOIN "Order" o ON o."id" = t."orderId"
    WHERE t."id" = ${ticketId}::uuid AND t."locationId" = ${locationId}::uuid
    FOR UPDATE OF t`;
  if (!ticket) throw new AppError('NOT_FOUND', { message: 'No such ticket at this location' });
  return ticket;
}

type TicketChangeOptions = {
  db: Db;
  actor: Actor;
  ticketId: string;
  /** The screen's Idempotency-Key: a tap retried after a lost answer gets that answer again. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** What every kitchen change answers: the ticket as it now stands. */
type TicketAnswer = { ticket: TKitchenTicket };

/** The audit row and `ticket.updated` event every kitchen change ends with. */
async function recordTicketChange(
  tx: DbOrTx,
  options: TicketChangeOptions & {
    locked: LockedTicket;
    action: Extract<z.infer<typeof ZTicketAction>, 'started' | 'line_ready' | 'bumped' | 'recalled'>;
    status: TicketStatus | null;
    lineIds: string[];
  },
) {
  const { actor, locked, action, status, lineIds, requestId, now } = options;
  await recordChange(tx, {
    by: actor,
    action: `ticket.${action}`,
    entity: { type: 'Ticket', id: locked.id },
    before: { status: locked.status },
    after: { status: status ?? locked.status, lineIds },
    requestId,
    now: now,
    events: [
      {
        locationId: actor.locationId,
        type: 'ticket.updated',
        payload: {
          ticketId: locked.id,
          orderId: locked.orderId,
          orderNumber: locked.orderNumber,
          stationId: locked.stationId,
          status,
          action,
          lineIds,
          orderCreatedById: locked.orderCreatedById,
        },
      },
    ],
  });
}

/** The kitchen has started a ticket: its prep time runs from now. Starting it again changes nothing. */
export async function startTicket(options: TicketChangeOptions): Promise<TicketAnswer> {
  const { db, actor, ticketId, idempotency, now } = options;
  assertPermission(actor, 'kitchen:bump');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockTicket(tx, actor.locationId, ticketId);
    if (locked.status === 'IN_PROGRESS') return { ticket: await getTicket(tx, actor.locationId, ticketId) };
    assertTicketTransition(locked.status, 'IN_PROGRESS');
    await tx.ticket.update({ where: { id: ticketId }, data: { status: 'IN_PROGRESS', startedAt: now } });
    await recordTicketChange(tx, { ...options, locked, action: 'started', status: 'IN_PROGRESS', lineIds: [] });
    return { ticket: await getTicket(tx, actor.locationId, ticketId) };
  });
}

/**
 * Bumps a ticket: every item ready and the ticket off the screen; or, with `lineIds`, just those
 * items, the ticket going once none is left to make. The till that rang it up hears at once.
 */
export async function bumpTicket(options: TicketChangeOptions & { lineIds?: string[] }): Promise<TicketAnswer> {
  const { db, actor, ticketId, lineIds, idempotency, now } = options;
  assertPermission(actor, 'kitchen:bump');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockTicket(tx, actor.locationId, ticketId);
    const lines = await tx.orderLine.findMany({
      where: { ticketId },
      select: { id: true, voidedAt: true, kitchenStatus: true },
    });
    const plan = planBump(
      locked.status,
      lines.map((line) => ({ id: line.id, isVoided: line.voidedAt !== null, isReady: line.kitchenStatus === 'READY' })),
      lineIds,
    );
    if (plan.readyLineIds.length) {
      await tx.orderLine.updateMany({
        where: { id: { in: plan.readyLineIds }, ticketId, voidedAt: null },
        data: { kitchenStatus: 'READY' },
      });
    }
    const bumped = plan.nextStatus === 'BUMPED';
    await tx.$executeRaw`
      UPDATE "Ticket" SET "status" = ${plan.nextStatus}::"TicketStatus",
        "startedAt" = COALESCE("startedAt", ${now}),
        "readyAt" = CASE WHEN ${bumped} THEN COALESCE("readyAt", ${now}) ELSE "readyAt" END,
        "bumpedAt" = CASE WHEN ${bumped} THEN ${now} ELSE "bumpedAt" END
      WHERE "id" = ${ticketId}::uuid`;
    await recordTicketChange(tx, {
      ...options,
      locked,
      action: bumped ? 'bumped' : 'line_ready',
      status: plan.nextStatus,
      lineIds: plan.readyLineIds,
    });
    return { ticket: await getTicket(tx, actor.locationId, ticketId) };
  });
}

/** Brings a bumped ticket back onto the screen; its items are to be made again. */
export async function recallTicket(options: TicketChangeOptions): Promise<TicketAnswer> {
  const { db, actor, ticketId, idempotency, now } = options;
  assertPermission(actor, 'kitchen:bump');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockTicket(tx, actor.locationId, ticketId);
    if (locked.status !== 'BUMPED') {
      throw new AppError('CONFLICT', { message: `Ticket #${locked.orderNumber} is still on the screen` });
    }
    assertTicketTransition(locked.status, 'IN_PROGRESS');
    const { count } = await tx.orderLine.updateMany({
      where: { ticketId, voidedAt: null, kitchenStatus: 'READY' },
      data: { kitchenStatus: 'SENT' },
    });
    await tx.ticket.update({
      where: { id: ticketId },
      data: { status: 'IN_PROGRESS', recalledAt: now, bumpedAt: null },
    });
    const lines = await tx.orderLine.findMany({ where: { ticketId, voidedAt: null }, select: { id: true } });
    await recordTicketChange(tx, {
      ...options,
      locked,
      action: 'recalled',
      status: 'IN_PROGRESS',
      lineIds: count ? lines.map((line) => line.id) : [],
    });
    return { ticket: await getTicket(tx, actor.locationId, ticketId) };
  });
}
