'use client';

import { Bell, History } from 'lucide-react';
import type { TMeResponse } from '@/lib/schemas/session';
import { StaffMenu } from '../auth/staff-menu';
import { Button } from '../ui/button';
import { ConnectionDot } from '../ui/connection-dot';

/** The kitchen display frame (dark theme, wall tablet): header, ticket rail, footer controls. */
export function KitchenShell({ me, stationName }: { me: TMeResponse; stationName: string }) {
  return (
    <div data-theme="dark" className="grid h-dvh grid-rows-[auto_1fr_auto] bg-surface text-ink">
      <header className="flex min-h-16 items-center justify-between gap-4 border-b border-line bg-surface-raised px-5">
        <h1 className="text-2xl font-bold">{stationName}</h1>
        <ConnectionDot />
      </header>
      <main className="flex items-center justify-center p-6">
        <div className="max-w-lg text-center">
          <p className="text-2xl font-semibold">No tickets</p>
          <p className="mt-2 text-lg text-ink-muted">
            Tickets appear here, oldest first, as soon as a till sends an order to this station.
          </p>
        </div>
      </main>
      <footer className="flex min-h-16 items-center justify-between gap-4 border-t border-line bg-surface-raised px-5 py-2">
        <div className="flex gap-3">
          <Button variant="secondary" disabled>
            <History aria-hidden className="size-5" /> Recall last
          </Button>
          <Button variant="secondary" disabled>
            <Bell aria-hidden className="size-5" /> Sound on
          </Button>
        </div>
        <StaffMenu name={me.user.name} role={me.role} idleLockSeconds={0} basePath="/kitchen" />
      </footer>
    </div>
  );
}
