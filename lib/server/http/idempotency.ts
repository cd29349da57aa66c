import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type StoredResponse = { status: number; body: unknown };

/** A first request that has not answered after this long is presumed dead; a retry may run again. */
export const IDEMPOTENCY_STALE_AFTER_MS = 60_000;

export type IdempotencyClaim = { kind: 'new'; recordId: string } | { kind: 'replay'; response: StoredResponse };

export function hashRequest(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

/**
 * Claims an Idempotency-Key for this request. A first use reserves it; a replay with the same
 * request gets the stored answer; the same key with a different request, or while the first is
 * still running, is a 409.
 */
export async function claimIdempotencyKey(
  db: DbOrTx,
  options: { scope: string; key: string; method: string; path: string; requestHash: string; now: Date },
): Promise<IdempotencyClaim> {
  const { scope, key, method, path, requestHash, now } = options;
  // ON CONFLICT DO NOTHING: a replay is an ordinary outcome here, not an error to catch.
  const [created] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "IdempotencyRecord" ("id", "scope", "key", "method", "path", "requestHash", "createdAt")
    VALUES (gen_random_uuid(), ${scope}, ${key}, ${method}, ${path}, ${requestHash}, ${now})
    ON CONFLICT ("scope", "key") DO NOTHING
    RETURNING "id"::text AS "id"`;
  if (created) return { kind: 'new', recordId: created.id };
  const existing = await db.idempotencyRecord.findUnique({
    where: { scope_key: { scope: options.scope, key: options.key } },
  });
  if (!existing) throw new AppError('CONFLICT', { message: 'This Idempotency-Key is being used; retry in a moment' });
  if (existing.requestHash !== options.requestHash) {
    throw new AppError('CONFLICT', {
      message: 'This Idempotency-Key was already used for a different request',
      details: { idempotencyKey: options.key },
    });
  }
  if (existing.statusCode === null) {
    const staleBefore = new Date(now.getTime() - IDEMPOTENCY_STALE_AFTER_MS);
    if (existing.createdAt < staleBefore) {
      // The first attempt died mid-request (crash, lost connection to the database): take it over.
      const { count } = await db.idempotencyRecord.updateMany({
        where: { id: existing.id, statusCode: null, createdAt: existing.createdAt },
        data: { createdAt: now },
      });
      if (count === 1) return { kind: 'new', recordId: existing.id };
    }
    throw new AppError('CONFLICT', {
      message: 'The first request with this Idempotency-Key is still running; retry in a moment',
    });
  }
  return { kind: 'replay', response: { status: existing.statusCode, body: existing.responseBody } };
}

/** Stores the answer for replays; a server error releases the key so a retry runs again. */
export async function completeIdempotencyKey(db: DbOrTx, recordId: string, response: StoredResponse): Promise<void> {
  if (response.status >= 500) {
    await db.idempotencyRecord.delete({ where: { id: recordId } });
    return;
  }
  await db.$executeRaw`
    UPDATE "IdempotencyRecord"
    SET "statusCode" = ${response.status}, "responseBody" = ${JSON.stringify(response.body ?? null)}::jsonb,
        "completedAt" = ${new Date()}
    WHERE "id" = ${recordId}::uuid`;
}
