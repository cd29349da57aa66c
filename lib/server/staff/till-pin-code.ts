import 'server-only';
import { createHmac, randomInt } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { TILL_PIN_CODE_LENGTH, TILL_PIN_CODE_LIFETIME_MS } from '@/lib/domain/till-pin-code';
import { deriveKey } from '../auth/secrets';

/**
 * The stored form of a till PIN code: an HMAC of the code and its location under a key derived
 * from AUTH_SECRET. Eight digits are 10⁸ tries, seconds of work against a plain hash: a copy of the
 * database alone must not give the live codes away. With the location in it, the same digits may be
 * live at two venues and a code opens nothing on another location's till.
 */
export function hashTillPinCode(locationId: string, code: string): string {
  return createHmac('sha256', deriveKey('till-pin-code')).update(`${locationId}:${code}`).digest('base64url');
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
