'use client';

import { useSyncExternalStore } from 'react';
import { type RealtimeStatus, useRealtimeStatus } from '@/lib/client/realtime';

function subscribe(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

type Shown = RealtimeStatus | 'offline';

const LOOKS: Record<Shown, { word: string; dot: string }> = {
  // The message colours, which each theme keeps visible on its own surfaces.
  live: { word: 'Live', dot: 'bg-success' },
  connecting: { word: 'Connecting…', dot: 'bg-ink-muted motion-safe:animate-pulse' },
  reconnecting: { word: 'Reconnecting…', dot: 'bg-warning motion-safe:animate-pulse' },
  offline: { word: 'Offline', dot: 'bg-danger' },
};

function useConnectionLook() {
  const isOnline = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  const status = useRealtimeStatus();
  return LOOKS[isOnline ? status : 'offline'];
}

/** The connection's word (Live, Reconnecting…, Offline), for a control that shows the dot inside it. */
export function useConnectionWord(): string {
  return useConnectionLook().word;
}

/** The live link in colour and word (never colour alone): Live, Reconnecting… or Offline. */
export function ConnectionDot({ className = '' }: { className?: string }) {
  const look = useConnectionLook();
  return (
    <span
      role="status"
      aria-label={`Connection: ${look.word}`}
      className={`inline-flex items-center gap-2 whitespace-nowrap text-base font-semibold text-ink ${className}`}
    >
      <span aria-hidden className={`size-3 shrink-0 rounded-full ${look.dot}`} />
      {look.word}
    </span>
  );
}
