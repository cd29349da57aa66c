import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';

/** The one row's id: there is never more than one setup link alive. */
const SETUP_TOKEN_ID = 'setup';

function hashSetupToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * A fresh setup token (256 random bits, base64url) for a database with no organisation yet; only
 * its sha256 is stored, replacing any earlier one, so the link from the last start is the only one
 * that works. Returns the token itself, to be printed once and never stored or logged elsewhere.
 */
export async function issueSetupToken(db: DbOrTx): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashSetupToken(token).toString('hex');
  await db.setupToken.upsert({
    where: { id: SETUP_TOKEN_ID },
    create: { id: SETUP_TOKEN_ID, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return token;
}

/** Whether `token` is the live setup token; compares the hashes in constant time. */
export async function isSetupTokenValid(db: DbOrTx, token: string): Promise<boolean> {
  const stored = await db.setupToken.findUnique({ where: { id: SETUP_TOKEN_ID }, select: { tokenHash: true } });
  const given = hashSetupToken(token);
  // Always compare, so a missing row answers in the same time as a wrong token.
  const expected = stored ? Buffer.from(stored.tokenHash, 'hex') : Buffer.alloc(given.length);
  const matches = expected.length === given.length && timingSafeEqual(expected, given);
  return matches && stored !== null && token.length > 0;
}

/** Setup is done: the link stops working. */
export async function deleteSetupToken(db: DbOrTx): Promise<void> {
  await db.setupToken.deleteMany({ where: { id: SETUP_TOKEN_ID } });
}
