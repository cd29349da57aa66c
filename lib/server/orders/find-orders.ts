import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TOrder } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { ORDER_INCLUDE, toOrderDto } from './order-dto';

export type FindOrdersOptions = {
  db: DbOrTx;
  actor: Actor;
  statuses?: TOrder['status'][];
  tableId?: string;
  createdById?: string;
};

/** Orders at the actor's location, oldest first; by default the ones still open on the floor. */
export async function findOrders({
  db,
  actor,
  statuses = ['OPEN', 'SENT', 'PARTIALLY_PAID'],
  tableId,
  createdById,
}: FindOrdersOptions): Promise<TOrder[]> {
  assertPermission(actor, 'orders:read');
  const orders = await db.order.findMany({
    where: {
      locationId: actor.locationId,
      status: { in: statuses },
      ...(tableId ? { tableId } : {}),
      ...(createdById ? { createdById } : {}),
    },
    include: ORDER_INCLUDE,
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  return orders.map(toOrderDto);
}
