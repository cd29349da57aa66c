import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getLogger } from '../logger';
import { isMailConfigured, sendMail } from '../mail/send-mail';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { recordChange, SYSTEM } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { accountLinkUrl, issueAccountToken } from './account-tokens';

export type RequestPasswordResetOptions = {
  db: Db;
  email: string;
  /** The caller's address, for the per-address limit. */
  address: string;
  /** Where the emailed link points; null when no trusted address is known (no link is sent). */
  baseUrl: string | null;
  now: Date;
};

/**
 * "Forgot password?": the answer is the same whether or not the email belongs to anyone, and it
 * comes before any link is made or mail sent (that work carries on after the answer), so neither
 * the words nor the time taken say whether an account exists. Limited per address and per email,
 * so nobody can fill a person's inbox.
 */
export async function requestPasswordReset({
  db,
  email,
  address,
  baseUrl,
  now,
}: RequestPasswordResetOptions): Promise<{ accepted: true }> {
  const normalisedEmail = email.trim().toLowerCase();
  const limiter = getRateLimiter();
  const [byEmail, byAddress] = await Promise.all([
    limiter.hit(`reset:email:${normalisedEmail}`, RATE_LIMITS.passwordResetsPerEmail, now),
    limiter.hit(`reset:address:${address}`, RATE_LIMITS.passwordResetsPerAddress, now),
  ]);
  if (!byEmail.allowed || !byAddress.allowed)
    throw new AppError('RATE_LIMITED', {
      message: 'Too many reset requests. Wait a few minutes, then try again.',
      details: { retryAfterSeconds: Math.max(byEmail.retryAfterSeconds, byAddress.retryAfterSeconds) },
    });
  void sendResetLink({ db, email: normalisedEmail, baseUrl, now }).catch((error: unknown) =>
    getLogger().error({ err: error }, 'sending a password reset link failed'),
  );
  return { accepted: true };
}

/**
 * Makes and emails the link when the email is an active person's; otherwise does nothing. The
 * work `requestPasswordReset` leaves running after its answer (exported for tests to await).
 */
export async function sendResetLink({ db, email, baseUrl, now }: Omit<RequestPasswordResetOptions, 'address'>) {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      isActive: true,
      memberships: { select: { locationId: true }, orderBy: { createdAt: 'asc' }, take: 1 },
    },
  });
  const locationId = user?.memberships[0]?.locationId;
  if (!user?.isActive || !locationId) return;
  if (!isMailConfigured() || !baseUrl) {
    // Never the link: a log line must not be a way into someone's account.
    getLogger().warn(
      { userId: user.id },
      baseUrl
        ? 'a password reset was asked for, but mail is not set up (SMTP_URL)'
        : 'a password reset was asked for, but PUBLIC_URL is not set: no link is sent in production without it',
    );
    return;
  }
  const { token, expiresAt } = await writeTransaction(db, { now }, async (tx) => {
    const issued = await issueAccountToken(tx, { kind: 'PASSWORD_RESET', userId: user.id, locationId, now });
    await recordChange(tx, {
      by: SYSTEM,
      locationId,
      action: 'auth.password_reset_requested',
      entity: { type: 'User', id: user.id },
      after: { expiresAt: issued.expiresAt.toISOString() },
      now,
    });
    return issued;
  });
  await sendMail({
    to: email,
    subject: 'Reset your Fynlo password',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone (we hope you) asked to reset your Fynlo POS password. Choose a new one here; the link works once, for 30 minutes:',
      accountLinkUrl(baseUrl, 'PASSWORD_RESET', token),
      '',
      `It expires at ${expiresAt.toISOString().slice(11, 16)} UTC. If you did not ask, ignore this email: your password stays as it is.`,
    ].join('\n'),
  });
}
