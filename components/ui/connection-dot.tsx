'use client';

import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** Connection state in colour and word (never colour alone). */
export function ConnectionDot() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <span className="inline-flex items-center gap-2 text-sm font-semibold text-ink" role="status">
      <span aria-hidden className={`size-3 rounded-full ${online ? 'bg-state-ready' : 'bg-state-void'}`} />
      {online ? 'Online' : 'Offline'}
    </span>
  );
}
