import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TAuditLogResponse } from '@/lib/schemas/audit';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { verifyAuditChain } from './verify-audit-chain';

export type FindAuditLogOptions = { db: DbOrTx; actor: Actor; before?: number; limit: number; verify?: boolean };

/** A page of the location's audit log, newest first; with `verify`, whether its hash chain holds. */
export async function findAuditLog({
  db,
  actor,
  before,
  limit,
  verify = false,
}: FindAuditLogOptions): Promise<TAuditLogResponse> {
  assertPermission(actor, 'audit:read');
  const [rows, chain] = await Promise.all([
    db.auditLog.findMany({
      where: { locationId: actor.locationId, ...(before ? { seq: { lt: BigInt(before) } } : {}) },
      orderBy: { seq: 'desc' },
      take: limit,
    }),
    verify ? verifyAuditChain({ db, locationId: actor.locationId }) : null,
  ]);
  const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: actorIds }, organisationId: actor.organisationId },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return {
    chain: chain ? { ok: chain.ok, checked: chain.checked } : null,
    entries: rows.map((row) => ({
      seq: row.seq.toString(),
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actorUserId ? { id: row.actorUserId, name: names.get(row.actorUserId) ?? 'Unknown' } : null,
      approvedById: row.approvedById,
      before: row.before,
      after: row.after,
    })),
  };
}
