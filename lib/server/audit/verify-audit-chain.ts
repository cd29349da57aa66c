import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { auditChainKey, auditHash, GENESIS_HASH } from './audit-hash';

export type AuditChainReport = {
  ok: boolean;
  checked: number;
  /** The first row whose link or hash does not match, with why. */
  firstBroken: { seq: string; reason: 'link' | 'hash' } | null;
};

export type VerifyAuditChainOptions = { db: DbOrTx; organisationId?: string; locationId?: string };

/**
 * Recomputes every row's hash in seq order and checks each links to the row before it in its
 * chain. Any edit, deletion or reordering that got past the database trigger shows up here.
 */
export async function verifyAuditChain({
  db,
  organisationId,
  locationId,
}: VerifyAuditChainOptions): Promise<AuditChainReport> {
  const where: Prisma.AuditLogWhereInput = {
    ...(organisationId ? { organisationId } : {}),
    ...(locationId ? { locationId } : {}),
  };
  const lastHash = new Map<string, string>();
  let checked = 0;
  let after: bigint | undefined;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where: { ...where, ...(after ? { seq: { gt: after } } : {}) },
      orderBy: { seq: 'asc' },
      take: 1000,
    });
    if (rows.length === 0) return { ok: true, checked, firstBroken: null };
    for (const row of rows) {
      const chain = auditChainKey(row);
      const expectedPrev = lastHash.get(chain) ?? GENESIS_HASH;
      if (row.prevHash !== expectedPrev)
        return { ok: false, checked, firstBroken: { seq: row.seq.toString(), reason: 'link' } };
      const entry = {
        ...row,
        before: row.before as Prisma.InputJsonValue | null,
        after: row.after as Prisma.InputJsonValue | null,
      };
      if (auditHash(row.prevHash, entry) !== row.hash)
        return { ok: false, checked, firstBroken: { seq: row.seq.toString(), reason: 'hash' } };
      lastHash.set(chain, row.hash);
      checked += 1;
    }
    after = rows[rows.length - 1]!.seq;
  }
}
