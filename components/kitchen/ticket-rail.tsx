'use client';

import { ChefHat } from 'lucide-react';
import type { AgeThresholds } from '@/lib/domain/kitchen-display';
import { useNowEverySecond } from '@/lib/client/use-now';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { TicketCard } from './ticket-card';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';

export type TicketRailProps = {
  tickets: readonly TKitchenTicket[] | undefined;
  isLoading: boolean;
  error: Error | null;
  onRetry: () => void;
  thresholds: AgeThresholds;
  /** Station names by id, in the expo view only (each ticket then says whose it is). */
  stationNames: ReadonlyMap<string, string> | null;
};

/** The tickets on the pass, oldest on the left, scrolling sideways when there are more than fit. */
export function TicketRail({ tickets, isLoading, error, onRetry, thresholds, stationNames }: TicketRailProps) {
  const now = useNowEverySecond();

  if (isLoading) {
    return (
      <SkeletonGroup label="Loading tickets…" className="flex h-full gap-4 overflow-hidden p-6">
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="flex h-80 w-[296px] shrink-0 flex-col gap-3 rounded-tile bg-surface-raised p-4">
            <Skeleton shape="line" className="h-8" />
            <Skeleton shape="line" className="h-6 w-3/4" />
            <Skeleton shape="line" className="h-6 w-2/3" />
            <Skeleton className="mt-auto h-14" />
          </div>
        ))}
      </SkeletonGroup>
    );
  }

  if (!tickets) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-4 p-6">
        <Notice tone="error" className="max-w-xl text-lg">
          Could not load the tickets: {error?.message ?? 'unknown error'} This screen tries again every few seconds.
        </Notice>
        <Button variant="secondary" size="lg" onClick={onRetry}>
          Try again now
        </Button>
      </div>
    );
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      {error ? (
        <Notice tone="warning" className="mx-6 mt-4">
          These tickets may be out of date: {error.message}
        </Notice>
      ) : null}
      {tickets.length === 0 ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
          <ChefHat aria-hidden className="size-16 text-ink-muted" />
          <p className="text-3xl font-semibold">No tickets</p>
          <p className="max-w-lg text-xl text-ink-muted">New orders appear here as soon as a till sends them.</p>
        </div>
      ) : (
        <ol
          aria-label="Tickets, oldest first"
          className="relative flex min-h-0 flex-1 items-start gap-4 overflow-x-auto overscroll-x-contain p-6"
        >
          {tickets.map((ticket) => (
            <li key={ticket.id} className="flex max-h-full">
              <TicketCard
                ticket={ticket}
                now={now}
                thresholds={thresholds}
                stationName={stationNames?.get(ticket.stationId)}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
