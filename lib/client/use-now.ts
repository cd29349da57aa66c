'use client';

import { useSyncExternalStore } from 'react';

/** One shared timer per tick length, however many components read it. */
function createClock(tickMs: number) {
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
      }, tickMs);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        window.clearInterval(timer);
        timer = undefined;
      }
    };
  }

  return { subscribe, getSnapshot };
}

const quarterMinute = createClock(15_000);
const everySecond = createClock(1_000);

/** The time, refreshed every 15 s: enough for "12 min" on table tiles without re-rendering often. */
export function useNow(): number {
  return useSyncExternalStore(quarterMinute.subscribe, quarterMinute.getSnapshot, () => 0);
}

/** The time, refreshed every second: for the kitchen's mm:ss ticket timers and wall clock. */
export function useNowEverySecond(): number {
  return useSyncExternalStore(everySecond.subscribe, everySecond.getSnapshot, () => 0);
}
