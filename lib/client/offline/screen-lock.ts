'use client';

import { useSyncExternalStore } from 'react';

// A till or kitchen screen locked on the device itself. Signing out (switch user, sign out, the
// idle lock) needs the server; with the network down it cannot, and a reload would open the copy
// of the signed-in screen the service worker kept. So the lock is written here first, survives a
// reload, and covers the screen until someone signs in with their PIN (which needs the network).

const KEY = 'fynlo:screen-locked';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function write(locked: boolean) {
  try {
    if (locked) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused (a private window): the server's sign-out is then the only lock.
  }
  for (const listener of listeners) listener();
}

/** Locks this screen until the next PIN sign-in. */
export const lockScreen = () => write(true);
/** A PIN sign-in succeeded: the screen is someone's again. */
export const unlockScreen = () => write(false);

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the same till locking or signing in.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Whether this screen is locked on the device (false on the server render). */
export function useIsScreenLocked(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
