'use client';

import { useCallback, useSyncExternalStore } from 'react';

// Settings that belong to this screen rather than to whoever is signed in (the kitchen's station,
// its sound): kept in localStorage, which is per browser and so per device.
const listeners = new Set<() => void>();
// Where a choice lives when storage is unavailable (private mode, policy): until the next reload.
const inMemory = new Map<string, string>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return inMemory.get(key) ?? null;
  }
}

/** A string setting remembered on this device; null until one is chosen (and during server rendering). */
export function useDeviceSetting(key: string): [string | null, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const set = useCallback(
    (next: string) => {
      inMemory.set(key, next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Not remembered across reloads, but the screen follows the choice until then.
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, set];
}
