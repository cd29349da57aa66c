import 'server-only';
import type { DbOrTx } from '@/lib/db';

/** The next order number for a location's trading day, from the counter row (1, 2, 3 …). */
export async function nextOrderNumber(tx: DbOrTx, locationId: string, businessDate: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "OrderCounter" ("locationId", "businessDate", "lastNumber")
    VALUES (${locationId}::uuid, ${businessDate}::date, 1)
    ON CONFLICT ("locationId", "businessDate") DO UPDATE SET "lastNumber" = "OrderCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return row!.lastNumber;
}
