import 'server-only';
import type { Db } from '@/lib/db';

/**
 * Stored answers are kept this long: far longer than any retry, and longer than a till can trade
 * offline before it replays its queue.
 */
export const IDEMPOTENCY_RETENTION_DAYS = 30;

/** Forgets Idempotency-Key answers older than the retention period, a batch at a time. */
export async function purgeIdempotencyRecords(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_RETENTION_DAYS * 24 * 60 * 60_000);
  return db.$executeRaw`
    DELETE FROM "IdempotencyRecord" WHERE "id" IN (
      SELECT "id" FROM "IdempotencyRecord" WHERE "createdAt" < ${before} ORDER BY "createdAt" LIMIT 5000
    )`;
}
