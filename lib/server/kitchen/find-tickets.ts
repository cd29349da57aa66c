import 'server-only';
import type { DbOrTx } from '@/lib/db';
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
  const tickets = await db.ticket.findMany({
    where: { locationId: actor.locationId, status: { in: statuses }, ...(stationId ? { stationId } : {}) },
    orderBy: { createdAt: 'asc' },
    take: 300,
    include: {
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
    },
  });
  return tickets.map((ticket) => ({
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
  }));
}
