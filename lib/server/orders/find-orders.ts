import 'server-only';
import { canOrderTakePayment, PAYABLE_ORDER_STATUSES } from '@/lib/domain/payment-state';
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
  businessDate?: string;
};

/**
 * Orders at the actor's location; by default the ones still open on the floor, oldest first. Asked
 * for finished ones only (paid, closed, voided), the most recent come first.
 */
export async function findOrders({
  db,
  actor,
  statuses = [...PAYABLE_ORDER_STATUSES],
  tableId,
  createdById,
  businessDate,
}: FindOrdersOptions): Promise<TOrder[]> {
  assertPermission(actor, 'orders:read');
  const finished = statuses.every((status) => !canOrderTakePayment(status));
  const orders = await db.order.findMany({
    where: {
      locationId: actor.locationId,
      status: { in: statuses },
      ...(tableId ? { tableId } : {}),
      ...(createdById ? { createdById } : {}),
      ...(businessDate ? { businessDate: new Date(`${businessDate}T00:00:00Z`) } : {}),
    },
    include: ORDER_INCLUDE,
    orderBy: { createdAt: finished ? 'desc' : 'asc' },
    take: 500,
  });
  return orders.map(toOrderDto);
}
