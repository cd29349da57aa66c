import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TAuditAction, TAuditAfter, TAuditBefore, TAuditEntity } from '@/lib/schemas/audit-actions';
import { REALTIME_EVENT_PAYLOADS, type TOutboxEventInput } from '@/lib/schemas/realtime';
import { type AuditEntry, auditCanonical, auditChainKey, GENESIS_HASH } from '../audit/audit-hash';

export type OutboxEventInput = TOutboxEventInput;

/** Who made a change: a person (the request's actor, or someone signing in), at a location. */
export type ChangeActor = { userId: string; organisationId: string; locationId: string; deviceId?: string | null };

/** A change made by the system itself (a provider's report, the worker's sweep). */
export const SYSTEM = 'system' as const;

type ChangeBase<A extends TAuditAction> = {
  action: A;
  entity: { type: TAuditEntity<A>; id: string };
  before?: TAuditBefore<A>;
  after?: TAuditAfter<A>;
  /** The manager whose PIN approved it, when it needed one. */
  approvedById?: string | null;
  requestId?: string | null;
  now: Date;
  /** The change's outbox events, for screens at the change's location. */
  events?: readonly OutboxEventInput[];
};

export type Change<A extends TAuditAction> = ChangeBase<A> &
  ({ by: ChangeActor } | { by: typeof SYSTEM; locationId: string });

/** Locations never change organisation: remembered once per process for system changes. */
const organisationOfLocation = new Map<string, string>();

async function organisationOf(tx: DbOrTx, locationId: string): Promise<string> {
  const known = organisationOfLocation.get(locationId);
  if (known) return known;
  const { organisationId } = await tx.location.findUniqueOrThrow({
    where: { id: locationId },
    select: { organisationId: true },
  });
  organisationOfLocation.set(locationId, organisationId);
  return organisationId;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * How every committed change ends (design.md §3): its audit row and its outbox events, in one
 * statement inside the change's transaction. Call it last: the chain lock it takes is held until
 * commit.
 *
 * - The audit row is hash-chained to the head of the location's chain, whose row is locked.
 * - The events are inserted only once that lock is held, so within a location `seq` order is
 *   commit order: a reader that has seen seq N of a location will never later find an N-1 there.
 * - Each event NOTIFYs `outbox`, delivered on commit only: a rolled-back change emits nothing.
 * - Each event's payload is checked against its schema first: a screen never receives an event it
 *   cannot read.
 *
 * Returns the events' seqs, in order.
 */
export async function recordChange<A extends TAuditAction>(tx: DbOrTx, change: Change<A>): Promise<bigint[]> {
  const { events = [] } = change;
  const locationId = change.by === SYSTEM ? (change as { locationId: string }).locationId : change.by.locationId;
  const by = change.by === SYSTEM ? null : change.by;
  const audit: AuditEntry = {
    organisationId: by ? by.organisationId : await organisationOf(tx, locationId),
    locationId,
    actorUserId: by?.userId ?? null,
    deviceId: by?.deviceId ?? null,
    action: change.action,
    entityType: change.entity.type,
    entityId: change.entity.id,
    before: (change.before ?? null) as AuditEntry['before'],
    after: (change.after ?? null) as AuditEntry['after'],
    approvedById: change.approvedById ?? null,
    requestId: change.requestId ?? null,
    createdAt: change.now,
  };
  const checked = events.map((event) => {
    if (event.locationId !== locationId) {
      throw new Error(`An event for location ${event.locationId} cannot be recorded with a change at ${locationId}`);
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

/** Who a change is by: the person when one is known, else the system, at `locationId`. */
export function changedBy(
  person: ChangeActor | null,
  locationId: string,
): { by: ChangeActor } | { by: typeof SYSTEM; locationId: string } {
  return person ? { by: person } : { by: SYSTEM, locationId };
}
