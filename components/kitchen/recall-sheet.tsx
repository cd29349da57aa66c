'use client';

import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useBumpedTickets, useTicketAction } from '@/lib/client/use-kitchen-tickets';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { placeLabel } from '../till/order-labels';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';

const timeOfDay = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';

/** The last tickets bumped off this screen, newest first: tap one to put it back on the pass. */
export function RecallSheet({ stationId, onClose }: { stationId: string | null; onClose: () => void }) {
  const bumped = useBumpedTickets(stationId);
  return (
    <Sheet title="Recall a ticket" subtitle="The last 10 bumped, most recent first" onClose={onClose}>
      {bumped.isPending ? (
        <SkeletonGroup label="Loading bumped tickets…" className="flex flex-col gap-3">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} className="h-16" />
          ))}
        </SkeletonGroup>
      ) : bumped.isError ? (
        <Notice tone="error">Could not load the bumped tickets: {bumped.error.message} Close and try again.</Notice>
      ) : bumped.data.length === 0 ? (
        <p className="text-lg text-ink-muted">Nothing bumped yet today.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {bumped.data.map((ticket) => (
            <RecallRow key={ticket.id} ticket={ticket} onRecalled={onClose} />
          ))}
        </ul>
      )}
    </Sheet>
  );
}

function RecallRow({ ticket, onRecalled }: { ticket: TKitchenTicket; onRecalled: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { run, pending } = useTicketAction(ticket.id, {
    onSuccess: onRecalled,
    onError: (failure) => setError(`Not recalled. ${failure.message}`),
  });
  const isBusy = pending.length > 0;
  const items = ticket.lines.filter((line) => !line.voided);
  const summary = items.map((line) => `${line.quantity} ${line.name}`).join(', ');
  return (
    <li className="flex flex-col gap-2">
      <button
        type="button"
        aria-busy={isBusy || undefined}
        onClick={() => {
          if (isBusy) return;
          setError(null);
          run({ ticketId: ticket.id, action: 'recall' });
        }}
        className="grid min-h-16 w-full grid-cols-[auto_1fr_auto] items-center gap-x-4 rounded-tile border border-line bg-surface px-4 py-3 text-left active:scale-[0.99] active:bg-surface-sunken"
      >
        <span className="tabular text-2xl font-bold">#{ticket.orderNumber}</span>
        <span className="flex min-w-0 flex-col">
          <span className="text-lg font-semibold">
            {placeLabel({ type: ticket.orderType, tableName: ticket.tableName })} · {ticket.server.name}
            <span className="font-normal text-ink-muted"> · bumped {timeOfDay(ticket.bumpedAt)}</span>
          </span>
          <span className="truncate text-base text-ink-muted">{summary}</span>
        </span>
        <span className="flex items-center gap-2 text-lg font-semibold text-ink">
          {isBusy ? (
            <span
              aria-hidden
              className="size-5 animate-spin rounded-full border-2 border-current border-t-transparent"
            />
          ) : (
            <Undo2 aria-hidden className="size-5" />
          )}
          Recall
        </span>
      </button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </li>
  );
}
