import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';

/** The links that set a password; a till PIN code (TILL_PIN) lives in lib/server/staff/till-pin-code.ts. */
export type AccountTokenKind = 'INVITE' | 'PASSWORD_RESET';

/** How long a link works: an invite a week (people start on Monday), a reset half an hour. */
export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenKind, number> = {
  INVITE: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 30 * 60 * 1000,
};

/** The kinds of token that open a password (ended together when one of them is used). */
export const PASSWORD_TOKEN_KINDS: readonly AccountTokenKind[] = ['INVITE', 'PASSWORD_RESET'];

/** The stored form of a link's token: only its SHA-256, so the database alone opens nothing. */
export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Where a link's token is used: the invite and reset pages. */
export function accountLinkUrl(baseUrl: string, kind: AccountTokenKind, token: string): string {
  return kind === 'INVITE'
    ? `${baseUrl}/invite/${encodeURIComponent(token)}`
    : `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export type IssueAccountTokenOptions = {
  kind: AccountTokenKind;
  userId: string;
  locationId: string;
  now: Date;
};

/**
 * Makes a new single-use link (256 random bits) for a person, in the caller's transaction. Any
 * earlier unused link of the same kind stops working: only the newest one in their inbox counts.
 */
export async function issueAccountToken(
  tx: DbOrTx,
  { kind, userId, locationId, now }: IssueAccountTokenOptions,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_LIFETIME_MS[kind]);
  await tx.accountToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({
    data: { kind, tokenHash: hashAccountToken(token), userId, locationId, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * Ends a person's unused links and codes: every kind (they were switched off), or only the kinds
 * given (a password was set: their till PIN code still works).
 */
export async function endAccountTokens(
  tx: DbOrTx,
  userId: string,
  now: Date,
  kinds?: readonly (AccountTokenKind | 'TILL_PIN')[],
): Promise<void> {
  await tx.accountToken.updateMany({
    where: { userId, usedAt: null, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
    data: { usedAt: now },
  });
}
