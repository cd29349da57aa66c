import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export type OutboxEventInput = { locationId: string; type: string; payload: Prisma.InputJsonValue };

/**
 * Records an event in the same transaction as the change it describes and wakes the realtime
 * sidecars. NOTIFY is delivered only on commit, so a rolled-back change emits nothing; the
 * sidecar's poll of the outbox covers databases without LISTEN.
 */
export async function appendOutboxEvent(tx: DbOrTx, event: OutboxEventInput): Promise<bigint> {
  const rows = await tx.$queryRaw<{ seq: bigint }[]>`
    WITH inserted AS (
      INSERT INTO "OutboxEvent" ("locationId", "type", "payload")
      VALUES (${event.locationId}::uuid, ${event.type}, ${JSON.stringify(event.payload)}::jsonb)
      RETURNING "seq"
    )
    SELECT "seq", pg_notify('outbox', "seq"::text)::text AS "notified" FROM inserted`;
  return rows[0]!.seq;
}

/** Several events in one statement (in order), each with its own seq and NOTIFY. */
export async function appendOutboxEvents(tx: DbOrTx, events: readonly OutboxEventInput[]): Promise<bigint[]> {
  if (events.length === 0) return [];
  const rows = await tx.$queryRaw<{ seq: bigint }[]>`
    WITH inserted AS (
      INSERT INTO "OutboxEvent" ("locationId", "type", "payload")
      SELECT (e.value->>'locationId')::uuid, e.value->>'type', e.value->'payload'
      FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) WITH ORDINALITY AS e(value, n)
      ORDER BY e.n
      RETURNING "seq"
    )
    SELECT "seq", pg_notify('outbox', "seq"::text)::text AS "notified" FROM inserted ORDER BY "seq"`;
  return rows.map((row) => row.seq);
}
