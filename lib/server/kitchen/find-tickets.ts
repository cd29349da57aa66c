import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

export type FindTicketsOptions = {
  db: DbOrTx;
  actor: Actor;
  stationId?: string;
  statuses?: TKitchenTicket['status'][];
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Kitchen tickets of the actor's location in arrival order, for one station or all (expo). */
export async function findTickets({
  db,
  actor,
  stationId,
  statuses = ['NEW', 'IN_PROGRESS', 'READY'],
}: FindTicketsOptions): Promise<TKitchenTicket[]> {
  assertPermission(actor, 'kitchen:read');
  const finished = statuses.every((status) => status === 'BUMPED' || status === 'VOIDED');
  const tickets = await db.ticket.findMany({
    where: { locationId: actor.locationId, status: { in: statuses }, ...(stationId ? { stationId } : {}) },
    // Tickets on the pass oldest first; finished ones (for recall) most recently bumped first.
    orderBy: finished ? { bumpedAt: 'desc' as const } : { createdAt: 'asc' as const },
    take: finished ? 20 : 300,
    include: TICKET_INCLUDE,
  });
  return tickets.map(toKitchenTicket);
}

/** One ticket of the location, as the kitchen display shows it. */
export async function getTicket(db: DbOrTx, locationId: string, ticketId: string): Promise<TKitchenTicket> {
  const ticket = await db.ticket.findFirst({ where: { id: ticketId, locationId }, include: TICKET_INCLUDE });
  if (!ticket) throw new AppError('NOT_FOUND', { message: 'No such ticket at this location' });
  return toKitchenTicket(ticket);
}

const TICKET_INCLUDE = {
  order: {
    select: {
      number: true,
      type: true,
      table: { select: { name: true } },
      createdBy: { select: { id: true, name: true } },
    },
  },
  lines: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { modifiers: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
  },
} as const satisfies Prisma.TicketInclude;

function toKitchenTicket(ticket: Prisma.TicketGetPayload<{ include: typeof TICKET_INCLUDE }>): TKitchenTicket {
  return {
    id: ticket.id,
    orderId: ticket.orderId,
    orderNumber: ticket.order.number,
    orderType: ticket.order.type,
    tableName: ticket.order.table?.name ?? null,
    stationId: ticket.stationId,
    status: ticket.status,
    server: ticket.order.createdBy,
    createdAt: ticket.createdAt.toISOString(),
    startedAt: iso(ticket.startedAt),
    readyAt: iso(ticket.readyAt),
    bumpedAt: iso(ticket.bumpedAt),
    lines: ticket.lines.map((line) => ({
      id: line.id,
      name: line.name,
      quantity: line.quantity,
      modifiers: line.modifiers.map((modifier) => modifier.name),
      note: line.note,
      seat: line.seat,
      course: line.course,
      kitchenStatus: line.kitchenStatus,
      voided: line.voidedAt !== null,
    })),
  };
}
