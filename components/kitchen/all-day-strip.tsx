import { Fragment } from 'react';
import { allDayCounts } from '@/lib/domain/kitchen-display';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { Skeleton } from '../ui/skeleton';

/**
 * "All day": how many of each item are still to make across the tickets on screen. Until the
 * tickets have loaded it shows a placeholder, not "nothing to make".
 */
export function AllDayStrip({ tickets }: { tickets: readonly TKitchenTicket[] | undefined }) {
  const counts = tickets ? allDayCounts(tickets) : [];
  return (
    <p className="line-clamp-2 min-w-0 flex-1 text-lg leading-snug">
      <span className="font-bold text-ink-muted">All day: </span>
      {!tickets ? (
        <Skeleton as="span" shape="line" className="inline-block h-5 w-64 align-middle" />
      ) : counts.length === 0 ? (
        <span className="text-ink-muted">nothing to make</span>
      ) : (
        counts.map(({ name, quantity }, index) => (
          <Fragment key={name}>
            {/* The spaces let the strip wrap between items, never inside one. */}
            {index > 0 ? <span className="text-ink-muted"> · </span> : null}
            <span className="whitespace-nowrap">
              <span className="font-semibold">{name}</span> <span className="tabular font-bold">×{quantity}</span>
            </span>
          </Fragment>
        ))
      )}
    </p>
  );
}
