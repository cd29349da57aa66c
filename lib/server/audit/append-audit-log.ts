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

/** The fields a row's hash covers, in the form both append and verify compute it from. */
export function auditHash(prevHash: string, entry: AuditEntry): string {
  const covered = {
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
  };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(covered)).digest('hex');
}

/** The chain an entry belongs to: its location's, or the organisation's for org-wide events. */
export function auditChainKey(entry: Pick<AuditEntry, 'organisationId' | 'locationId'>): string {
  return entry.locationId ?? entry.organisationId;
}

/**
 * Appends one row to the hash-chained, append-only audit log. Call it inside the use case's
 * transaction: the advisory lock serialises writers of one chain until commit, so each row links
 * to the row committed before it.
 */
export async function appendAuditLog(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  const chainKey = auditChainKey(entry);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + chainKey}, 0))`;
  const previous = await tx.auditLog.findFirst({
    where: entry.locationId
      ? { locationId: entry.locationId }
      : { organisationId: entry.organisationId, locationId: null },
    orderBy: { seq: 'desc' },
    select: { hash: true },
  });
  const prevHash = previous?.hash ?? GENESIS_HASH;
  await tx.auditLog.create({
    data: {
      organisationId: entry.organisationId,
      locationId: entry.locationId,
      actorUserId: entry.actorUserId,
      deviceId: entry.deviceId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      approvedById: entry.approvedById ?? null,
      requestId: entry.requestId ?? null,
      createdAt: entry.createdAt,
      prevHash,
      hash: auditHash(prevHash, entry),
    },
  });
}
