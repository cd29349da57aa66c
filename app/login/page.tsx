import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { Notice } from '@/components/ui/notice';
import { safeRedirectPath } from '@/lib/domain/safe-redirect';
import { pageContext } from '@/lib/server/http/page-context';
import { getPageSession } from '@/lib/server/session/get-page-session';
import { isSetupNeeded } from '@/lib/server/setup/is-setup-needed';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeRedirectPath((await searchParams).next, '/office');
  const { actor } = await getPageSession();
  if (actor && !actor.deviceId) redirect(next);
  const { db } = await pageContext('/login');
  const needsSetup = await isSetupNeeded(db);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-surface p-6">
      <div className="flex w-full max-w-md flex-col gap-6 rounded-sheet bg-surface-raised p-8 shadow-sheet">
        <header>
          <p className="text-base font-semibold text-brand">Fynlo POS</p>
          <h1 className="text-3xl font-bold text-ink">Back-office sign in</h1>
          <p className="mt-1 text-base text-ink-muted">
            For owners and managers. Staff sign in on the till with their PIN.
          </p>
        </header>
        {needsSetup ? (
          <Notice tone="warning">
            Nobody can sign in yet: this Fynlo has not been set up. Open the setup link that <code>npm start</code>{' '}
            printed in the terminal.
          </Notice>
        ) : null}
        <LoginForm next={next} />
        <Link href="/forgot-password" className="self-start text-base font-semibold text-brand underline">
          Forgot password?
        </Link>
      </div>
    </main>
  );
}
