'use client';

import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Shown when a page fails on the server (for example while the database is still starting). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-surface p-6 text-center">
      <h1 className="text-3xl font-bold text-ink">This screen could not load</h1>
      <p className="max-w-lg text-lg text-ink-muted">
        The server did not answer properly — it may still be starting, or the connection dropped. Try again in a moment.
      </p>
      <Button size="lg" onClick={reset}>
        <RefreshCw aria-hidden className="size-5" /> Try again
      </Button>
    </main>
  );
}
