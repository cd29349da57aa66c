import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { businessDate } from '@/lib/domain/business-date';
import { AppError } from '@/lib/errors';
import type { TCreateOrderBody, TOrder } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';
import { takesOfflineSale } from '@/lib/domain/offline-sale';
import { buildOrderLines, offlineAtOf, soldWhile86d } from './build-order-lines';
import { nextOrderNumber } from './next-order-number';
import { insertOrderRows } from './insert-order-rows';
import { getOrder } from './order-dto';

export type CreateOrderOptions = {
  db: Db;
  actor: Actor;
  input: TCreateOrderBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Opens an order (optionally with its first lines) under the next number of the trading day. */
export async function createOrder({
  db,
  actor,
  input,
  idempotency,
  requestId,
  now,
}: CreateOrderOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  // Reads and checks first, outside the transaction; then the number is taken in its own short
  // statement, so creates do not queue behind each other on the day's counter row. A create that
  // fails after this leaves a gap in the numbers, never a repeat.
  const location = await db.location.findUniqueOrThrow({
    where: { id: actor.locationId },
    select: { timezone: true, businessDayStartHour: true },
  });
  if (input.tableId) {
    const table = await db.table.findFirst({
      where: { id: input.tableId, locationId: actor.locationId, removedAt: null },
      select: { id: true },
    });
    if (!table) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'No such table at this location',
        details: [{ path: 'tableId', message: 'Unknown table' }],
      });
    }
  }
  const orderId = input.id ?? randomUUID();
  const offlineAt = offlineAtOf(input);
  const offlineSale = takesOfflineSale({ offlineAt, deviceId: actor.deviceId, now });
  const lines = await buildOrderLines({
    tx: db,
    locationId: actor.locationId,
    orderId,
    orderType: input.type,
    inputs: input.lines,
    now,
    acceptSoldOut: offlineSale,
  });
  // Rung up offline: the order belongs to the trading day it was made in, not the day it synced.
  const date = businessDate(offlineSale ? offlineAt! : now, location.timezone, location.businessDayStartHour);
  const number = await nextOrderNumber(db, actor.locationId, date);
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await insertOrderRows(tx, {
      order: {
        id: orderId,
        locationId: actor.locationId,
        number,
        businessDate: date,
        type: input.type,
        tableId: input.tableId ?? null,
        covers: input.covers,
        customerName: input.customerName,
        createdById: actor.userId,
        createdAt: now,
      },
      ...lines,
    });
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.created',
      entity: { type: 'Order', id: orderId },
      after: {
        number,
        type: order.type,
        tableId: order.tableId,
        lines: order.lines.length,
        totalPence: order.totals.totalPence,
      },
      requestId,
      now: now,
      events: [
        {
          locationId: actor.locationId,
          type: 'order.created',
          payload: { orderId, number, version: order.version, status: order.status },
        },
      ],
    });
    const flagged = soldWhile86d(lines, input);
    if (flagged)
      await recordChange(tx, { by: actor, ...flagged, entity: { type: 'Order', id: orderId }, requestId, now });
    return { order };
  });
}
