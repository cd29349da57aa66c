import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { OrderStatus } from '@/lib/domain/order-state';
import { getOrder } from './order-dto';

export type LockedOrder = {
  id: string;
  number: number;
  status: OrderStatus;
  type: 'DINE_IN' | 'TAKEAWAY';
  version: number;
  firedCourse: number;
  tableId: string | null;
};

/**
 * Locks the order row for the rest of the transaction, so concurrent changes from several tills
 * queue up instead of overwriting each other. With `expectedVersion` (the version the till last
 * saw), a change made meanwhile on another till is a 409 carrying the current order.
 */
export async function lockOrder(
  tx: DbOrTx,
  options: { orderId: string; locationId: string; expectedVersion?: number },
): Promise<LockedOrder> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT "id", "number", "status"::text AS "status", "type"::text AS "type", "version", "firedCourse", "tableId"
    FROM "Order" WHERE "id" = ${options.orderId}::uuid AND "locationId" = ${options.locationId}::uuid
    FOR UPDATE`;
  if (!order) throw new AppError('NOT_FOUND', { message: 'No such order at this location' });
  if (options.expectedVersion !== undefined && options.expectedVersion !== order.version) {
    throw new AppError('CONFLICT', {
      message: `Order #${order.number} was changed on another till. Check it and try again.`,
      details: { reason: 'STALE_VERSION', order: await getOrder(tx, options.locationId, options.orderId) },
    });
  }
  return order;
}

/** Moves the order to its next version (the row is locked, so the guard is belt and braces). */
export async function bumpOrderVersion(
  tx: DbOrTx,
  order: LockedOrder,
  data: {
    status?: OrderStatus;
    sentAt?: Date;
    voidedAt?: Date;
    voidReason?: string;
    paidAt?: Date;
    closedAt?: Date;
    receiptToken?: string;
    firedCourse?: number;
    tableId?: string | null;
  } = {},
) {
  const { count } = await tx.order.updateMany({
    where: { id: order.id, version: order.version },
    data: { ...data, version: order.version + 1 },
  });
  if (count !== 1) throw new AppError('CONFLICT', { message: 'The order changed while saving; try again' });
}
