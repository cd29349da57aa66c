// "Forgot password?" (issue 11): the same 202 whatever the email, a single-use link valid 30
// minutes mailed only to an active person, the new password ending their other sessions, and
// limits per address and per email.
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { POST as resetRoute } from '@/app/api/v1/auth/password-reset/route';
import { hashAccountToken } from '@/lib/server/account/account-tokens';
import { sendResetLink } from '@/lib/server/account/request-password-reset';
import { setPasswordWithToken } from '@/lib/server/account/set-password-with-token';
import { signInWithPassword } from '@/lib/server/auth/sign-in-with-password';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { testApi } from '../api-client';
import { linkIn, startTestSmtp } from '../fakes/test-smtp';
import { createStaff, demo } from '../factories/staff';
import { call, guessUntilLimited, sessionCookie } from '../http';

/** Each test asks from its own address, so one test's requests never spend another's limit. */
let addressCount = 0;
const freshAddress = () => `198.51.100.${(addressCount += 1)}`;

/** A person with a back-office login, and a session of theirs open elsewhere. */
async function personWithLogin(email: string) {
  const db = getDb();
  const user = await createStaff(db, { role: 'MANAGER', name: 'Forgetful Fran' });
  await db.user.update({ where: { id: user.id }, data: { email } });
  const elsewhere = await sessionCookie({ userId: user.id, locationId: demo.locationId });
  return { user, elsewhere };
}

const opens = async (cookie: string) => (await testApi({ cookie }).request('me', {})).status === 200;
const tokenOf = (link: string) => decodeURIComponent(new URL(link).searchParams.get('token') ?? '');

async function askForReset(email: string, address = freshAddress()) {
  const answer = await call(resetRoute, {
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    body: { email },
    from: address,
  });
  return { status: answer.status, body: answer.body };
}

/** The work a request leaves running after its answer, awaited. */
const sendLink = (email: string) =>
  sendResetLink({ db: getDb(), email, baseUrl: 'http://localhost:3000', now: new Date() });

describe('password reset: asking for a link', () => {
  it('answers 202 { accepted: true } for an unknown email and sends nothing', async () => {
    const smtp = await startTestSmtp();
    try {
      const before = await getDb().accountToken.count();
      const answer = await askForReset('nobody@example.com');
      expect(answer).toEqual({ status: 202, body: { accepted: true } });
      // The same answer for a known email; only that one gets a mail.
      await personWithLogin('known@example.com');
      expect(await askForReset('known@example.com')).toEqual(answer);
      await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 10_000 });
      expect(smtp.received[0]!.to).toEqual(['known@example.com']);
      expect(await getDb().accountToken.count()).toBe(before + 1);
    } finally {
      await smtp.close();
    }
  });

  it('without mail set up the answer is the same and no link is made', async () => {
    await personWithLogin('nomail@example.com');
    const before = await getDb().accountToken.count();
    expect(await askForReset('nomail@example.com')).toEqual({ status: 202, body: { accepted: true } });
    await sendLink('nomail@example.com');
    expect(await getDb().accountToken.count()).toBe(before);
  });

  it('a deactivated person, or an email nobody has, gets no link and no mail', async () => {
    const smtp = await startTestSmtp();
    try {
      const { user } = await personWithLogin('gone@example.com');
      await getDb().user.update({ where: { id: user.id }, data: { isActive: false } });
      const before = await getDb().accountToken.count();
      await sendLink('gone@example.com');
      await sendLink('nobody-at-all@example.com');
      expect(smtp.received).toEqual([]);
      expect(await getDb().accountToken.count()).toBe(before);
      await personWithLogin('here@example.com');
      await sendLink('here@example.com');
      expect(smtp.received.flatMap((mail) => mail.to)).toEqual(['here@example.com']);
    } finally {
      await smtp.close();
    }
  });

  it('is limited per email and per address (429 with Retry-After)', async () => {
    const perEmail = await guessUntilLimited(
      RATE_LIMITS.passwordResetsPerEmail.limit,
      async () => (await askForReset('limited@example.com')).status,
    );
    expect(perEmail).toContain(429);
    const address = freshAddress();
    const perAddress = await guessUntilLimited(
      RATE_LIMITS.passwordResetsPerAddress.limit,
      async (attempt) => (await askForReset(`someone-${attempt}@example.com`, address)).status,
    );
    expect(perAddress).toContain(429);
    expect(perAddress.filter((status) => status === 202).length).toBeGreaterThanOrEqual(
      RATE_LIMITS.passwordResetsPerAddress.limit,
    );
  });
});

describe('password reset: using the link', () => {
  async function mailedLink(email: string) {
    const smtp = await startTestSmtp();
    try {
      expect((await askForReset(email)).status).toBe(202);
      await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 10_000 });
      return linkIn(smtp.received[0]!, '/reset-password');
    } finally {
      await smtp.close();
    }
  }

  it('sets the new password once, ends the person’s other sessions, and the old password stops working', async () => {
    const { user, elsewhere } = await personWithLogin('fran@example.com');
    await getDb().user.update({
      where: { id: user.id },
      data: {
        passwordHash: (await getDb().user.findUniqueOrThrow({ where: { id: demo.users.manager } })).passwordHash,
      },
    });
    const link = await mailedLink('fran@example.com');
    expect(link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
    const token = tokenOf(link);
    const stored = await getDb().accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashAccountToken(token));
    expect(stored.tokenHash).not.toBe(token);
    expect(await opens(elsewhere)).toBe(true);

    const anyone = testApi();
    const confirmed = await anyone.request('confirmPasswordReset', {
      body: { token, password: 'a-brand-new-password' },
    });
    expect(confirmed.ok && confirmed.data).toEqual({ email: 'fran@example.com' });
    expect(await opens(elsewhere)).toBe(false);
    const now = new Date();
    const signIn = (password: string) =>
      signInWithPassword({ db: getDb(), email: 'fran@example.com', password, address: freshAddress(), now });
    expect(await signIn('a-brand-new-password')).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    expect(await signIn(demo.manager.password)).toMatchObject({ ok: false });

    const again = await anyone.request('confirmPasswordReset', { body: { token, password: 'yet-another-password' } });
    expect(again.status).toBe(410);
    expect(again.ok ? null : again.error).toMatchObject({ code: 'GONE', details: { reason: 'USED' } });
    const events = await getDb().outboxEvent.findMany({ where: { type: 'user.sessions_ended' } });
    expect(events.map((event) => event.payload)).toContainEqual({ userId: user.id, sessionVersion: 2 });
    const audit = await getDb().auditLog.findMany({ where: { entityId: user.id }, select: { action: true } });
    expect(audit.map((row) => row.action)).toEqual([
      'auth.password_reset_requested',
      'auth.password_reset',
      'auth.password_sign_in',
    ]);
  });

  it('works for 30 minutes and not after (time injected)', async () => {
    await personWithLogin('slow@example.com');
    const asked = new Date();
    const token = tokenOf(await mailedLink('slow@example.com'));
    const at = (minutes: number) => new Date(asked.getTime() + minutes * 60_000 + 1_000);
    const use = (minutes: number) =>
      setPasswordWithToken({
        db: getDb(),
        kind: 'PASSWORD_RESET',
        token,
        password: 'a-brand-new-password',
        address: freshAddress(),
        now: at(minutes),
      });
    await expect(use(30)).rejects.toMatchObject({ code: 'GONE', details: { reason: 'EXPIRED' } });
    await expect(use(28)).resolves.toEqual({ email: 'slow@example.com' });
  });

  it('an unknown token is a 400; a short password is a 422 and spends nothing', async () => {
    const anyone = testApi();
    const unknown = await anyone.request('confirmPasswordReset', {
      body: { token: 'not-a-real-token', password: 'a-brand-new-password' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.ok ? null : unknown.error.message).toMatch(/not valid/);
    await personWithLogin('short@example.com');
    const token = tokenOf(await mailedLink('short@example.com'));
    const short = await anyone.request('confirmPasswordReset', { body: { token, password: 'short' } });
    expect(short.status).toBe(422);
    const fine = await anyone.request('confirmPasswordReset', { body: { token, password: 'long-enough-now' } });
    expect(fine.status).toBe(200);
  });

  it('an invite link does not work as a reset link', async () => {
    const owner = testApi({ cookie: await sessionCookie({ userId: demo.users.owner, locationId: demo.locationId }) });
    const { invite } = await owner.call('createStaff', {
      body: { name: 'Invited', role: 'MANAGER', email: 'invited-only@example.com' },
    });
    const token = decodeURIComponent(invite!.url!.split('/invite/')[1]!);
    const answer = await testApi().request('confirmPasswordReset', {
      body: { token, password: 'a-brand-new-password' },
    });
    expect(answer.status).toBe(400);
  });
});
