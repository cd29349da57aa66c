import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { type AccountTokenKind, hashAccountToken } from './account-tokens';

export type AccountLink =
  { status: 'valid'; name: string; email: string; locationName: string } | { status: 'used' | 'expired' | 'unknown' };

/**
 * What an invite or reset page shows before the person types anything: whose link it is, or why
 * it no longer works. Reads only; the token is used by `setPasswordWithToken`.
 */
export async function findAccountLink(
  db: DbOrTx,
  { kind, token, now }: { kind: AccountTokenKind; token: string; now: Date },
): Promise<AccountLink> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const link = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: {
      kind: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { name: true, email: true, isActive: true } },
      location: { select: { name: true } },
    },
  });
  if (!link || link.kind !== kind || !link.user.isActive || !link.user.email) return { status: 'unknown' };
  if (link.usedAt) return { status: 'used' };
  if (link.expiresAt <= now) return { status: 'expired' };
  return { status: 'valid', name: link.user.name, email: link.user.email, locationName: link.location.name };
}
