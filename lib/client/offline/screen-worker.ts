'use client';

import { Serwist } from '@serwist/window';
import { useEffect, useSyncExternalStore } from 'react';

// The till's and kitchen screen's service worker (sw/service-worker.ts), registered once per page
// through @serwist/window. It never reloads the page by itself: a new version waits until the
// screen is at its PIN pad (nobody mid-order), which applies it.

type WorkerState = { updateReady: boolean; controlled: boolean };

let worker: Serwist | null = null;
let state: WorkerState = { updateReady: false, controlled: false };
const listeners = new Set<() => void>();

function set(next: Partial<WorkerState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/**
 * Service workers need a secure context (https, or localhost); public/sw.js exists after a
 * production build only (`npm run dev` has none, and registering it simply fails).
 */
function canRegister(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator;
}

function start(): Serwist | null {
  if (worker || !canRegister()) return worker;
  worker = new Serwist('/sw.js', { scope: '/', type: 'module' });
  worker.addEventListener('waiting', () => set({ updateReady: true }));
  worker.addEventListener('controlling', () => set({ controlled: true }));
  set({ controlled: navigator.serviceWorker.controller !== null });
  void worker.register({ immediate: true }).catch(() => undefined);
  return worker;
}

/**
 * Asks the service worker to keep this screen's current page (the same request a reload makes),
 * so a reload with the network down shows the screen as it is now: signed in, or the PIN pad.
 */
async function keepThisPage(): Promise<void> {
  if (!navigator.serviceWorker?.controller) return;
  await fetch(window.location.pathname, {
    headers: { accept: 'text/html' },
    credentials: 'same-origin',
    cache: 'no-store',
  }).catch(() => undefined);
}

/**
 * Registers the service worker for a till or kitchen screen and keeps the page it shows; answers
 * whether a new version is waiting ("Update ready — applies at the next sign-in").
 */
export function useScreenWorker(): WorkerState {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => state,
  );
  useEffect(() => {
    start();
  }, []);
  useEffect(() => {
    if (current.controlled) void keepThisPage();
  }, [current.controlled]);
  return current;
}

/**
 * At the PIN pad with nobody signed in (`enabled`): a waiting version takes over now and the page
 * reloads into it. Never offline (the reload would come from the old copy anyway), and never from
 * the lock over a signed-in screen, whose changes in memory a reload would lose.
 */
export function useApplyWaitingUpdate(enabled: boolean): void {
  const { updateReady } = useScreenWorker();
  useEffect(() => {
    const current = worker;
    if (!enabled || !updateReady || !current || !navigator.onLine) return;
    const reload = () => window.location.reload();
    current.addEventListener('controlling', reload);
    current.messageSkipWaiting();
    return () => current.removeEventListener('controlling', reload);
  }, [enabled, updateReady]);
}
