'use client';

import { Clock } from 'lucide-react';
import { useNow } from '@/lib/client/use-now';
import { tradingStatus } from '@/lib/domain/trading-status';
import type { TMeResponse } from '@/lib/schemas/session';

/**
 * "Open until 17:00" or "Closed today: holiday" from the location's hours, in its own time zone;
 * nothing until hours are set. It informs, never blocks: a late table still pays.
 */
export function TradingChip({ location }: { location: TMeResponse['location'] }) {
  const now = useNow();
  // Before the clock has ticked on the client (server render), say nothing rather than guess.
  if (now === 0) return null;
  const status = tradingStatus(location.openingHours, location.closedDates, location.timezone, new Date(now));
  if (status.state === 'unknown') return null;
  return (
    <span
      className={`hidden shrink-0 items-center gap-1.5 whitespace-nowrap rounded-full px-3 py-1 text-sm font-semibold lg:inline-flex ${
        status.state === 'open' ? 'bg-success-soft text-success' : 'bg-warning-soft text-warning'
      }`}
    >
      <Clock aria-hidden className="size-4" />
      {status.label}
    </span>
  );
}
