import type { Metadata } from 'next';
import { AccountLinkProblem } from '@/components/auth/account-link-problem';
import { AuthCard } from '@/components/auth/auth-card';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { findAccountLink } from '@/lib/server/account/find-account-link';
import { pageContext } from '@/lib/server/http/page-context';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const { db, now } = await pageContext('/reset-password');
  const link = await findAccountLink(db, { kind: 'PASSWORD_RESET', token, now });
  return (
    <AuthCard
      title="Choose a new password"
      intro={link.status === 'valid' ? `For ${link.email}. You will be signed out everywhere else.` : undefined}
    >
      {link.status === 'valid' ? (
        <SetPasswordForm kind="reset" token={token} />
      ) : (
        <AccountLinkProblem kind="reset" status={link.status} />
      )}
    </AuthCard>
  );
}
