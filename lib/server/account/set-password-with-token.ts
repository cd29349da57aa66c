import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hashPassword } from '../auth/password';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type AccountTokenKind, endAccountTokens, hashAccountToken, PASSWORD_TOKEN_KINDS } from './account-tokens';

export type SetPasswordWithTokenOptions = {
  db: Db;
  kind: AccountTokenKind;
  token: string;
  password: string;
  /** The caller's address, for the per-address limit on links tried. */
  address: string;
  now: Date;
};

type TokenRow = {
  id: string;
  userId: string;
  locationId: string;
  expiresAt: Date;
  usedAt: Date | null;
  email: string | null;
  isActive: boolean;
  sessionVersion: number;
  organisationId: string;
};

const ASK_AGAIN = {
  INVITE: 'Ask your manager to send a new invite.',
  PASSWORD_RESET: 'Ask for a new link on the "Forgot password?" page.',
} as const;

/**
 * Sets a password through an invite or reset link, once: the link is marked used in the same
 * transaction (locked, so two tabs cannot both use it), with every other open link of the person.
 * A reset also moves the session version on, so every other session of theirs ends: whoever knew
 * the old password is out. Answers the email to sign in with.
 */
export async function setPasswordWithToken({
  db,
  kind,
  token,
  password,
  address,
  now,
}: SetPasswordWithTokenOptions): Promise<{ email: string }> {
  const limit = await getRateLimiter().hit(`account-link:address:${address}`, RATE_LIMITS.accountLinksPerAddress, now);
  if (!limit.allowed)
    throw new AppError('RATE_LIMITED', {
      message: 'Too many attempts. Wait a few minutes, then try again.',
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  // bcrypt is slow on purpose: hash before the transaction opens.
  const passwordHash = await hashPassword(password);
  return writeTransaction(db, { now }, async (tx) => {
    const [row] = await tx.$queryRaw<TokenRow[]>`
      SELECT t."id"::text AS "id", t."userId"::text AS "userId", t."locationId"::text AS "locationId", t."expiresAt",
             t."usedAt", u."email", u."isActive", u."sessionVersion", u."organisationId"::text AS "organisationId"
      FROM "AccountToken" t JOIN "User" u ON u."id" = t."userId"
      WHERE t."tokenHash" = ${hashAccountToken(token)} AND t."kind" = ${kind}::"AccountTokenKind"
      FOR UPDATE OF t, u`;
    if (!row) throw new AppError('BAD_REQUEST', { message: `This link is not valid. ${ASK_AGAIN[kind]}` });
    if (row.usedAt)
      throw new AppError('GONE', {
        message: `This link has been used already. ${ASK_AGAIN[kind]}`,
        details: { reason: 'USED' },
      });
    if (row.expiresAt <= now)
      throw new AppError('GONE', {
        message: `This link has expired. ${ASK_AGAIN[kind]}`,
        details: { reason: 'EXPIRED' },
      });
    if (!row.isActive || !row.email)
      throw new AppError('GONE', { message: `This account cannot be opened. ${ASK_AGAIN[kind]}` });

    const sessionVersion = row.sessionVersion + (kind === 'PASSWORD_RESET' ? 1 : 0);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion } });
    await endAccountTokens(tx, row.userId, now, PASSWORD_TOKEN_KINDS);
    const by = { userId: row.userId, organisationId: row.organisationId, locationId: row.locationId };
    const entity = { type: 'User', id: row.userId } as const;
    if (kind === 'INVITE') await recordChange(tx, { by, action: 'auth.invite_accepted', entity, now });
    else
      await recordChange(tx, {
        by,
        action: 'auth.password_reset',
        entity,
        after: { sessionVersion },
        now,
        events: [
          { locationId: row.locationId, type: 'user.sessions_ended', payload: { userId: row.userId, sessionVersion } },
        ],
      });
    return { email: row.email };
  });
}
