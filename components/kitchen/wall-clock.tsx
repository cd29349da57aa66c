'use client';

import { useNowEverySecond } from '@/lib/client/use-now';

/** The time of day (HH:MM), so the pass can tell how long ago "12:31" was. */
export function WallClock() {
  const now = useNowEverySecond();
  const text = now === 0 ? '--:--' : new Date(now).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <time
      className="tabular shrink-0 text-2xl font-bold"
      dateTime={now === 0 ? undefined : new Date(now).toISOString()}
    >
      {text}
    </time>
  );
}
