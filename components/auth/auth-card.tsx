import type { ReactNode } from 'react';

/** The frame of the sign-in pages (sign in, forgot password, reset, invite): one card, centred. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-surface p-6">
      <div className="flex w-full max-w-md flex-col gap-6 rounded-sheet bg-surface-raised p-8 shadow-sheet">
        <header>
          <p className="text-base font-semibold text-brand">Fynlo POS</p>
          <h1 className="text-3xl font-bold text-ink">{title}</h1>
          {intro ? <p className="mt-1 text-base text-ink-muted">{intro}</p> : null}
        </header>
        {children}
      </div>
    </main>
  );
}
