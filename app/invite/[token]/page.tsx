import type { Metadata } from 'next';
import { AccountLinkProblem } from '@/components/auth/account-link-problem';
import { AuthCard } from '@/components/auth/auth-card';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { findAccountLink } from '@/lib/server/account/find-account-link';
import { pageContext } from '@/lib/server/http/page-context';

export const metadata: Metadata = { title: 'Welcome to Fynlo' };

/** The token as typed in the link; a malformed escape is no token at all, not a crash. */
function tokenOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const token = tokenOf((await params).token);
  const { db, now } = await pageContext('/invite');
  const link = await findAccountLink(db, { kind: 'INVITE', token, now });
  return (
    <AuthCard
      title={link.status === 'valid' ? `Welcome, ${link.name}` : 'Your invite'}
      intro={
        link.status === 'valid'
          ? `Choose a password for the ${link.locationName} back office. You sign in with ${link.email}.`
          : undefined
      }
    >
      {link.status === 'valid' ? (
        <SetPasswordForm kind="invite" token={token} />
      ) : (
        <AccountLinkProblem kind="invite" status={link.status} />
      )}
    </AuthCard>
  );
}
