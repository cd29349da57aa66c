import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  organisationId: string;
  locationId: string | null;
  actorUserId: string | null;
  deviceId?: string | null;
  /** dotted verb, e.g. `device.paired`, `order.line_voided`, `auth.pin_failed` */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  approvedById?: string | null;
  requestId?: string | null;
  createdAt: Date;
};

/** The fields a row's hash covers, as the canonical JSON both append and verify hash. */
export function auditCanonical(entry: AuditEntry): string {
  return canonicalJson({
    organisationId: entry.organisationId,
    locationId: entry.locationId,
    actorUserId: entry.actorUserId,
    deviceId: entry.deviceId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    approvedById: entry.approvedById ?? null,
    requestId: entry.requestId ?? null,
    createdAt: entry.createdAt.toISOString(),
  });
}

/** sha256(prevHash + "\n" + canonical JSON), hex — computed the same way by the database on append. */
export function auditHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditCanonical(entry)).digest('hex');
}

/** The chain an entry belongs to: its location's, or the organisation's for org-wide events. */
export function auditChainKey(entry: Pick<AuditEntry, 'organisationId' | 'locationId'>): string {
  return entry.locationId ?? entry.organisationId;
}

const json = (value: Prisma.InputJsonValue | null | undefined) =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * Appends one row to the hash-chained, append-only audit log, in one statement: it locks the
 * chain's head row (held to commit, so rows link in commit order), inserts the row hashed from the
 * head, and moves the head on. Call it inside the use case's transaction, as late as possible.
 */
export async function appendAuditLog(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  const chainKey = auditChainKey(entry);
  const canonical = auditCanonical(entry);
  const append = () => tx.$executeRaw`
    WITH head AS (
      SELECT "hash" FROM "AuditChainHead" WHERE "chainKey" = ${chainKey} FOR UPDATE
    ), inserted AS (
      INSERT INTO "AuditLog" ("organisationId", "locationId", "actorUserId", "deviceId", "action", "entityType", "entityId",
                              "before", "after", "approvedById", "requestId", "createdAt", "prevHash", "hash")
      SELECT ${entry.organisationId}::uuid, ${entry.locationId}::uuid, ${entry.actorUserId}::uuid, ${entry.deviceId ?? null}::uuid,
             ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb,
             ${entry.approvedById ?? null}::uuid, ${entry.requestId ?? null}, ${entry.createdAt},
             head."hash", encode(sha256(convert_to(head."hash" || E'\n' || ${canonical}, 'UTF8')), 'hex')
      FROM head
      RETURNING "hash"
    )
    UPDATE "AuditChainHead" SET "hash" = inserted."hash" FROM inserted WHERE "chainKey" = ${chainKey}`;
  if ((await append()) === 1) return;
  // A chain's first row: create its head (a concurrent first writer may win; either way it exists).
  await tx.$executeRaw`INSERT INTO "AuditChainHead" ("chainKey", "hash") VALUES (${chainKey}, ${GENESIS_HASH}) ON CONFLICT DO NOTHING`;
  if ((await append()) !== 1) throw new Error(`Could not append to audit chain ${chainKey}`);
}
