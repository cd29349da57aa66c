import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { NewOrderLines } from './build-order-lines';

export type NewOrderRow = {
  id: string;
  locationId: string;
  number: number;
  /** YYYY-MM-DD */
  businessDate: string;
  type: 'DINE_IN' | 'TAKEAWAY';
  tableId: string | null;
  covers: number;
  customerName: string;
  createdById: string;
  createdAt: Date;
};

/**
 * Writes a new order (when given), its lines and their modifiers in one statement: the till's hot
 * path makes one round trip for all of them. Foreign keys are checked at the end of the statement,
 * so modifiers may point at lines inserted alongside them.
 */
export async function insertOrderRows(tx: DbOrTx, rows: { order?: NewOrderRow } & NewOrderLines): Promise<void> {
  const { order, locationId, lines, modifiers } = rows;
  if (!order && lines.length === 0) return;
  const orderCte = order
    ? Prisma.sql`new_order AS (
        INSERT INTO "Order" ("id", "locationId", "number", "businessDate", "type", "tableId", "covers",
                             "customerName", "createdById", "createdAt", "updatedAt")
        VALUES (${order.id}::uuid, ${order.locationId}::uuid, ${order.number}, ${order.businessDate}::date,
                ${order.type}::"OrderType", ${order.tableId}::uuid, ${order.covers}, ${order.customerName},
                ${order.createdById}::uuid, ${order.createdAt}, ${order.createdAt})
        RETURNING 1
      ),`
    : Prisma.empty;
  await tx.$executeRaw`
    WITH ${orderCte} new_lines AS (
      INSERT INTO "OrderLine" ("id", "locationId", "orderId", "itemId", "name", "unitPricePence", "vatRateBps",
                               "quantity", "course", "seat", "note", "stationId", "createdAt")
      SELECT "id", ${locationId}::uuid, "orderId", "itemId", "name", "unitPricePence", "vatRateBps",
             "quantity", "course", "seat", "note", "stationId", "createdAt"
      FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS l(
        "id" uuid, "orderId" uuid, "itemId" uuid, "name" text, "unitPricePence" int, "vatRateBps" int,
        "quantity" int, "course" int, "seat" int, "note" text, "stationId" uuid, "createdAt" timestamptz)
      RETURNING 1
    )
    INSERT INTO "OrderLineModifier" ("id", "locationId", "lineId", "modifierId", "groupName", "name", "priceDeltaPence",
                                     "position")
    SELECT gen_random_uuid(), ${locationId}::uuid, "lineId", "modifierId", "groupName", "name", "priceDeltaPence",
           "position"
    FROM jsonb_to_recordset(${JSON.stringify(modifiers)}::jsonb) AS m(
      "lineId" uuid, "modifierId" uuid, "groupName" text, "name" text, "priceDeltaPence" int, "position" int)`;
}
