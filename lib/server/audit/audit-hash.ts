import 'server-only';
import { createHash } from 'node:crypto';
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
