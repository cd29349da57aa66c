import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { safeRedirectPath } from '@/lib/domain/safe-redirect';
import { getPageSession } from '@/lib/server/session/get-page-session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeRedirectPath((await searchParams).next, '/office');
  const { actor } = await getPageSession();
  if (actor && !actor.deviceId) redirect(next);
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
        <LoginForm next={next} />
        <Link href="/forgot-password" className="self-start text-base font-semibold text-brand underline">
          Forgot password?
        </Link>
      </div>
    </main>
  );
}
