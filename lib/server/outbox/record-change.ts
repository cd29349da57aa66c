import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REALTIME_EVENT_PAYLOADS, type TOutboxEventInput } from '@/lib/schemas/realtime';
import { type AuditEntry, auditCanonical, auditChainKey, GENESIS_HASH } from '../audit/append-audit-log';

export type OutboxEventInput = TOutboxEventInput;

const json = (value: Prisma.InputJsonValue | null | undefined) =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * How every committed change ends: its audit row and its outbox events, in one statement inside the
 * change's transaction (call it last: the chain lock it takes is held until commit).
 *
 * - The audit row is hash-chained to the head of the location's chain, whose row is locked.
 * - The events are inserted only once that lock is held, so within a location `seq` order is
 *   commit order: a reader that has seen seq N of a location will never later find an N-1 there.
 * - Each event NOTIFYs `outbox`, delivered on commit only: a rolled-back change emits nothing.
 *
 * Returns the events' seqs, in order.
 */
export async function recordChange(
  tx: DbOrTx,
  change: { audit: AuditEntry; events?: readonly OutboxEventInput[] },
): Promise<bigint[]> {
  const { audit, events = [] } = change;
  // Checked before anything is written: a screen must never receive an event it cannot read, and
  // a location's events must be ordered by its own chain lock.
  const checked = events.map((event) => {
    if (event.locationId !== audit.locationId) {
      throw new Error(
        `An event for location ${event.locationId} cannot be recorded with a change at ${audit.locationId}`,
      );
    }
    return { ...event, payload: REALTIME_EVENT_PAYLOADS[event.type].parse(event.payload) };
  });
  const chainKey = auditChainKey(audit);
  const canonical = auditCanonical(audit);
  const append = () => tx.$queryRaw<{ seq: bigint | null }[]>`
    WITH head AS (
      SELECT "hash" FROM "AuditChainHead" WHERE "chainKey" = ${chainKey} FOR UPDATE
    ), audited AS (
      INSERT INTO "AuditLog" ("organisationId", "locationId", "actorUserId", "deviceId", "action", "entityType", "entityId",
                              "before", "after", "approvedById", "requestId", "createdAt", "prevHash", "hash")
      SELECT ${audit.organisationId}::uuid, ${audit.locationId}::uuid, ${audit.actorUserId}::uuid, ${audit.deviceId ?? null}::uuid,
             ${audit.action}, ${audit.entityType}, ${audit.entityId}, ${json(audit.before)}::jsonb, ${json(audit.after)}::jsonb,
             ${audit.approvedById ?? null}::uuid, ${audit.requestId ?? null}, ${audit.createdAt},
             head."hash", encode(sha256(convert_to(head."hash" || E'\n' || ${canonical}, 'UTF8')), 'hex')
      FROM head
      RETURNING "hash"
    ), moved AS (
      UPDATE "AuditChainHead" SET "hash" = audited."hash" FROM audited WHERE "chainKey" = ${chainKey}
      RETURNING 1
    ), emitted AS (
      -- Joined to the locked head, so each nextval is taken under the chain lock.
      INSERT INTO "OutboxEvent" ("locationId", "type", "payload")
      SELECT (e.value->>'locationId')::uuid, e.value->>'type', e.value->'payload'
      FROM head, jsonb_array_elements(${JSON.stringify(checked)}::jsonb) WITH ORDINALITY AS e(value, n)
      ORDER BY e.n
      RETURNING "seq"
    )
    SELECT NULL::bigint AS "seq", NULL::text AS "notified" FROM moved
    UNION ALL
    SELECT "seq", "notified" FROM (
      SELECT "seq", pg_notify('outbox', "seq"::text)::text AS "notified" FROM emitted ORDER BY "seq"
    ) AS notifications`;
  let rows = await append();
  if (rows.length === 0) {
    // A chain's first row: create its head (a concurrent first writer may win; either way it exists).
    await tx.$executeRaw`INSERT INTO "AuditChainHead" ("chainKey", "hash") VALUES (${chainKey}, ${GENESIS_HASH}) ON CONFLICT DO NOTHING`;
    rows = await append();
    if (rows.length === 0) throw new Error(`Could not append to audit chain ${chainKey}`);
  }
  return rows.flatMap((row) => (row.seq === null ? [] : [row.seq])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
