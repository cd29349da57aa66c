'use client';

import { useRealtimeStatus } from '@/lib/client/realtime';
import { useIsOffline } from '@/lib/client/use-is-offline';

/**
 * "Offline" while the device has no network, else "Reconnecting…" while a staff screen's live link
 * is down (ui.md §7). It sits in the shell's own
 * layout, as a row of its own above the screen, so it pushes the screen down instead of covering
 * the order header or the Back button; it takes no space while the link is live.
 */
export function ReconnectingBanner() {
  const status = useRealtimeStatus();
  const isOffline = useIsOffline();
  // Always in the page (empty and 0 px tall while live): it keeps its row in the shell's grid, and
  // screen readers announce the words as they arrive.
  return (
    <div role="status" aria-live="polite">
      {isOffline ? (
        <p
          data-testid="offline-banner"
          className="flex min-h-10 items-center justify-center gap-3 border-b-2 border-danger bg-danger-soft px-4 py-2 text-base font-semibold text-danger"
        >
          <span aria-hidden className="size-3 rounded-full bg-danger" />
          Offline — showing what this screen last had. Keep it open: changes are sent when the network is back
        </p>
      ) : status === 'reconnecting' ? (
        <p
          data-testid="reconnecting-banner"
          className="flex min-h-10 items-center justify-center gap-3 bg-state-sent px-4 py-2 text-base font-semibold text-white"
        >
          <span aria-hidden className="size-3 rounded-full bg-white motion-safe:animate-pulse" />
          Reconnecting… other screens’ changes will appear when the live link is back
        </p>
      ) : null}
    </div>
  );
}
