import 'server-only';
import type { Db } from '@/lib/db';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { verifyPassword } from './password';
import type { SignedInUser } from './sign-in-with-pin';

export type SignInWithPasswordOptions = { db: Db; email: string; password: string; address: string; now: Date };

export type SignInResult =
  { ok: true; user: SignedInUser } | { ok: false; reason: 'invalid' | 'rate_limited'; retryAfterSeconds?: number };

/**
 * Back-office sign-in. Every attempt is reserved against the email and the address before the
 * password is checked, so parallel guesses cannot outrun the limit. A right password clears the
 * email's count and gives its attempt back to the address: the budgets count wrong passwords, so
 * a busy office behind one router is never locked out by its own sign-ins.
 */
export async function signInWithPassword({
  db,
  email,
  password,
  address,
  now,
}: SignInWithPasswordOptions): Promise<SignInResult> {
  const normalisedEmail = email.trim().toLowerCase();
  const limiter = getRateLimiter();
  const [byEmail, byAddress] = await Promise.all([
    limiter.reserve(`password:email:${normalisedEmail}`, RATE_LIMITS.passwordPerEmail, now),
    limiter.reserve(`password:address:${address}`, RATE_LIMITS.passwordPerAddress, now),
  ]);
  if (!byEmail.allowed || !byAddress.allowed) {
    if (byEmail.allowed) await limiter.release(`password:email:${normalisedEmail}`, RATE_LIMITS.passwordPerEmail, now);
    if (byAddress.allowed) await limiter.release(`password:address:${address}`, RATE_LIMITS.passwordPerAddress, now);
    return {
      ok: false,
      reason: 'rate_limited',
      retryAfterSeconds: Math.max(byEmail.retryAfterSeconds, byAddress.retryAfterSeconds),
    };
  }
  const user = await db.user.findUnique({
    where: { email: normalisedEmail },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      isActive: true,
      sessionVersion: true,
      organisationId: true,
      memberships: { select: { locationId: true }, orderBy: { createdAt: 'asc' }, take: 1 },
    },
  });
  const matches = await verifyPassword(password, user?.passwordHash);
  const membership = user?.memberships[0];
  if (!user || !matches || !user.isActive || !membership) {
    return { ok: false, reason: 'invalid' };
  }
  await Promise.all([
    limiter.reset(`password:email:${normalisedEmail}`, RATE_LIMITS.passwordPerEmail, now),
    limiter.release(`password:address:${address}`, RATE_LIMITS.passwordPerAddress, now),
  ]);
  await writeTransaction(db, { now }, async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordChange(tx, {
      by: { userId: user.id, organisationId: user.organisationId, locationId: membership.locationId },
      action: 'auth.password_sign_in',
      entity: { type: 'User', id: user.id },
      now,
    });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locationId: membership.locationId,
      sessionVersion: user.sessionVersion,
      deviceId: null,
    },
  };
}
