'use client';

import { useSyncExternalStore } from 'react';

const TICK_MS = 15_000;
let now = 0;
const listeners = new Set<() => void>();
let timer: number | undefined;

function getSnapshot() {
  if (now === 0) now = Date.now();
  return now;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (timer === undefined) {
    // React re-reads the snapshot after subscribing, so a view opened later starts from now.
    now = Date.now();
    timer = window.setInterval(() => {
      now = Date.now();
      for (const each of listeners) each();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time, refreshed every 15 s: enough for "12 min" on table tiles without re-rendering often. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, () => 0);
}
