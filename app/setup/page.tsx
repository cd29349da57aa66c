import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetupWizard } from '@/components/setup/setup-wizard';
import { Notice } from '@/components/ui/notice';
import { timeZoneOptions } from '@/lib/schemas/location-hours';
import { pageContext } from '@/lib/server/http/page-context';
import { isSetupNeeded } from '@/lib/server/setup/is-setup-needed';
import { isSetupTokenValid } from '@/lib/server/setup/setup-token';

export const metadata: Metadata = { title: 'Set up Fynlo', robots: { index: false } };

/** First-run setup, reached by the link `npm start` prints; gone (404) once the venue exists. */
export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db } = await pageContext('/setup');
  if (!(await isSetupNeeded(db))) notFound();
  const { token } = await searchParams;
  const isValid = typeof token === 'string' && (await isSetupTokenValid(db, token));
  return (
    <main className="flex min-h-dvh justify-center bg-surface px-6 py-10">
      <div className="flex w-full max-w-3xl flex-col gap-6 self-start rounded-sheet bg-surface-raised p-8 shadow-sheet">
        <header>
          <p className="text-base font-semibold text-brand">Fynlo POS</p>
          <h1 className="text-3xl font-bold text-ink">Set up your venue</h1>
          <p className="mt-1 text-base text-ink-muted">
            A few details about the business, where it trades and who owns it. About two minutes.
          </p>
        </header>
        {isValid ? (
          <SetupWizard token={token} zones={timeZoneOptions()} />
        ) : (
          <Notice tone="warning">
            Open the setup link that <code>npm start</code> printed in the terminal (it ends in <code>?token=…</code>).
            Each start prints a new link and the older ones stop working.
          </Notice>
        )}
      </div>
    </main>
  );
}
