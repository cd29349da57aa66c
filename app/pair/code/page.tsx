import type { Metadata } from 'next';
import Link from 'next/link';
import { PairWithCodeForm } from '@/components/auth/pair-with-code-form';

export const metadata: Metadata = { title: 'Pair with a code' };

// Public on purpose: the code carries the manager's say-so, so nobody signs in on the shared iPad.
export default function PairWithCodePage() {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-surface p-6">
      <div className="flex w-full max-w-xl flex-col gap-6 rounded-sheet bg-surface-raised p-8 shadow-sheet">
        <h1 className="text-3xl font-bold text-ink">Pair with a code</h1>
        <p className="text-base text-ink-muted">
          A manager makes the code in the back office: Devices, then Pair a new till. It works once, for 10 minutes.
        </p>
        <PairWithCodeForm />
        <Link href="/pair" className="min-h-11 self-center py-2 text-base font-semibold text-brand underline">
          No code? A manager can sign in here instead
        </Link>
      </div>
    </main>
  );
}
