'use client';

import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls onIdle once after `seconds` without a tap or key press. iPad Safari suspends timers while
 * the app is in the background, so the wall clock is checked again whenever the page comes back.
 */
export function useIdleTimer(seconds: number, onIdle: () => void) {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (seconds <= 0) return;
    const limitMs = seconds * 1000;
    let lastActivity = Date.now();
    let fired = false;
    const fire = () => {
      if (fired) return;
      fired = true;
      callback.current();
    };
    let timer = window.setTimeout(fire, limitMs);
    const onActivity = () => {
      lastActivity = Date.now();
      window.clearTimeout(timer);
      timer = window.setTimeout(fire, limitMs);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastActivity >= limitMs) fire();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [seconds]);
}
