import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { TILL_PIN_CODE_LENGTH, TILL_PIN_CODE_LIFETIME_MS } from '@/lib/domain/till-pin-code';

/**
 * The stored form of a till PIN code: the SHA-256 of the code with its location, so the same eight
 * digits may be live at two venues and a code only opens anything on a till of its own location.
 */
export function hashTillPinCode(locationId: string, code: string): string {
  return createHash('sha256').update(`till-pin:${locationId}:${code}`).digest('base64url');
}

/**
 * Makes a new code for a person in the caller's transaction; their earlier unused code stops
 * working. A code whose hash is already stored (used or not) is drawn again, so the unique index
 * on the hash never turns a one-in-a-hundred-million coincidence into an error.
 */
export async function issueTillPinCode(
  tx: DbOrTx,
  { userId, locationId, now }: { userId: string; locationId: string; now: Date },
): Promise<{ code: string; expiresAt: Date }> {
  await tx.accountToken.updateMany({ where: { userId, kind: 'TILL_PIN', usedAt: null }, data: { usedAt: now } });
  for (;;) {
    const code = String(randomInt(10 ** TILL_PIN_CODE_LENGTH)).padStart(TILL_PIN_CODE_LENGTH, '0');
    const tokenHash = hashTillPinCode(locationId, code);
    if (await tx.accountToken.findUnique({ where: { tokenHash }, select: { id: true } })) continue;
    const expiresAt = new Date(now.getTime() + TILL_PIN_CODE_LIFETIME_MS);
    await tx.accountToken.create({ data: { kind: 'TILL_PIN', tokenHash, userId, locationId, expiresAt } });
    return { code, expiresAt };
  }
}
