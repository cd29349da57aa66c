import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { type StaffChangeCheck, staffChangeRefusal } from '@/lib/domain/staff-rules';
import { AppError } from '@/lib/errors';

/**
 * Refuses a PIN someone else at the location already has. The answer never says whose it is: a
 * manager trying PINs must not learn a colleague's.
 */
export async function assertPinFree(tx: DbOrTx, locationId: string, pinHash: string, userId?: string): Promise<void> {
  const holder = await tx.membership.findUnique({
    where: { locationId_pinHash: { locationId, pinHash } },
    select: { userId: true },
  });
  if (holder && holder.userId !== userId)
    throw new AppError('CONFLICT', {
      message: 'That PIN is already in use here. Choose another.',
      details: { reason: 'PIN_TAKEN' },
    });
}

/** Refuses an email that another person (anywhere in Fynlo) signs in with. */
export async function assertEmailFree(tx: DbOrTx, email: string, userId?: string): Promise<void> {
  const holder = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (holder && holder.id !== userId)
    throw new AppError('CONFLICT', {
      message: 'Someone already signs in with that email. Use another address.',
      details: { reason: 'EMAIL_TAKEN' },
    });
}

/**
 * Locks the location's active owners' memberships and counts them, so two owners demoting each
 * other at the same moment cannot leave the venue with none.
 */
export async function lockActiveOwners(tx: DbOrTx, locationId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT m."id"::text AS "id" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."locationId" = ${locationId}::uuid AND m."role" = 'OWNER' AND u."isActive"
    FOR UPDATE OF m`;
  return rows.length;
}

/** Refuses a staff change the rules forbid (lib/domain/staff-rules.ts): 403 or 409 with their words. */
export function assertStaffChangeAllowed(check: StaffChangeCheck): void {
  const refusal = staffChangeRefusal(check);
  if (refusal) throw new AppError(refusal.code, { message: refusal.message });
}
