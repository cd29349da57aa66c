import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { type TRealtimeEvent, ZRealtimeEvent } from '@/lib/schemas/realtime';
import { getLogger } from '../logger';

export type OutboxEventRow = { seq: bigint; type: string; payload: unknown; createdAt: Date };

/** An outbox row as screens receive it; null (and logged) for a row no screen could read. */
export function toRealtimeEvent(row: OutboxEventRow): TRealtimeEvent | null {
  const parsed = ZRealtimeEvent.safeParse({
    seq: Number(row.seq),
    type: row.type,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
  });
  if (parsed.success) return parsed.data;
  getLogger().error({ seq: String(row.seq), type: row.type }, 'outbox row does not match its event schema; skipped');
  return null;
}

/**
 * A location's committed events after `after`, in seq order (at most `limit`, and none past `upTo`
 * when given). Within a location seq order is commit order, so reading "after N" never misses one.
 */
export async function findEvents(
  db: DbOrTx,
  options: { locationId: string; after: number | bigint; limit: number; upTo?: bigint },
): Promise<{ events: TRealtimeEvent[]; lastSeq: number; hasMore: boolean }> {
  const { locationId, limit } = options;
  const after = BigInt(options.after);
  const upTo = options.upTo ?? BigInt(Number.MAX_SAFE_INTEGER);
  const rows = await db.$queryRaw<OutboxEventRow[]>`
    SELECT "seq", "type", "payload", "createdAt" FROM "OutboxEvent"
    WHERE "locationId" = ${locationId}::uuid AND "seq" > ${after} AND "seq" <= ${upTo}
    ORDER BY "seq" LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  return {
    events: page.flatMap((row) => toRealtimeEvent(row) ?? []),
    lastSeq: Number(page.at(-1)?.seq ?? after),
    hasMore: rows.length > limit,
  };
}
