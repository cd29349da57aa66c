'use client';

import { ChefHat } from 'lucide-react';
import { useState } from 'react';
import { formatElapsed, type AgeThresholds, ticketAge } from '@/lib/domain/kitchen-display';
import { type TicketAction, useTicketAction } from '@/lib/client/use-kitchen-tickets';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { placeLabel } from '../till/order-labels';
import { Button } from '../ui/button';
import { TicketItem } from './ticket-item';

export type TicketCardProps = {
  ticket: TKitchenTicket;
  now: number;
  thresholds: AgeThresholds;
  /** Shown on each ticket in the expo view, where tickets of every station sit side by side. */
  stationName?: string;
};

const STATUS_WORDS: Record<TKitchenTicket['status'], string> = {
  NEW: 'New',
  IN_PROGRESS: 'In progress',
  READY: 'Ready',
  BUMPED: 'Bumped',
  VOIDED: 'Voided',
};

/**
 * The ticket's own state in colour and word (ui.md §5), apart from its age (the header's colour):
 * a started ticket wears a thick blue frame and a filled "In progress" badge, so the line can see
 * at a glance which tickets someone is already on; a new one keeps a thin edge and a plain "New".
 */
const STATE_LOOKS: Record<TKitchenTicket['status'], { frame: string; badge: string }> = {
  NEW: { frame: 'border border-line', badge: 'border-2 border-ink-muted text-ink' },
  IN_PROGRESS: { frame: 'border-4 border-brand', badge: 'border-2 border-brand bg-brand text-white' },
  READY: { frame: 'border-4 border-success', badge: 'border-2 border-success text-success' },
  BUMPED: { frame: 'border border-line', badge: 'border-2 border-ink-muted text-ink-muted' },
  VOIDED: { frame: 'border border-line', badge: 'border-2 border-danger text-danger' },
};

const HEADER = {
  ok: { className: 'bg-age-ok', word: null },
  warn: { className: 'bg-age-warn', word: 'Running late' },
  late: { className: 'bg-age-late', word: 'Late' },
} as const;

function failureLead(action: TicketAction, ticket: TKitchenTicket): string {
  if (action.action === 'start') return 'Not started';
  if (action.action === 'recall') return 'Not recalled';
  if (!action.lineIds) return 'Not bumped';
  const names = ticket.lines.filter((line) => action.lineIds?.includes(line.id)).map((line) => line.name);
  return `${names.join(', ') || 'Item'} not marked ready`;
}

/** One ticket: order, table and server over its items, with its age timer and the Bump button. */
export function TicketCard({ ticket, now, thresholds, stationName }: TicketCardProps) {
  const [error, setError] = useState<string | null>(null);
  const { run, pending } = useTicketAction(ticket.id, {
    onError: (failure, action) => setError(`${failureLead(action, ticket)}. ${failure.message}`),
  });
  const createdAt = Date.parse(ticket.createdAt);
  const age = HEADER[now === 0 ? 'ok' : ticketAge(createdAt, now, thresholds)];
  const place = placeLabel({ type: ticket.orderType, tableName: ticket.tableName });
  const isBumping = pending.some((action) => action.action === 'bump' && !action.lineIds);
  const isStarting = pending.some((action) => action.action === 'start');
  const busyLines = new Set(pending.flatMap((action) => (action.action === 'bump' ? (action.lineIds ?? []) : [])));
  const looks = STATE_LOOKS[ticket.status];

  return (
    <article
      aria-label={`Order ${ticket.orderNumber}, ${place}`}
      data-status={ticket.status}
      className={`relative flex max-h-full w-[296px] shrink-0 flex-col overflow-hidden rounded-tile bg-surface-raised ${looks.frame}`}
    >
      <header className={`flex flex-col gap-0.5 px-4 py-3 text-white ${age.className}`}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 className="truncate text-2xl font-bold">
            #{ticket.orderNumber} <span className="font-semibold">{place}</span>
          </h2>
          <span className="tabular text-2xl font-bold">
            <span className="sr-only">Waiting </span>
            {now === 0 ? '--:--' : formatElapsed(now - createdAt)}
          </span>
        </div>
        {stationName || age.word ? (
          <div className="flex items-baseline justify-between gap-3 text-base font-semibold">
            <span className="truncate">{stationName}</span>
            {age.word ? <span className="shrink-0 font-bold uppercase tracking-wide">{age.word}</span> : null}
          </div>
        ) : null}
      </header>
      <ul aria-label="Items" className="flex min-h-0 flex-1 flex-col gap-1 overflow-y-auto px-2 py-2">
        {ticket.lines.map((line) => (
          <TicketItem
            key={line.id}
            line={line}
            isBusy={busyLines.has(line.id) || isBumping}
            onBump={() => {
              setError(null);
              run({ ticketId: ticket.id, action: 'bump', lineIds: [line.id] });
            }}
          />
        ))}
      </ul>
      <footer className="flex flex-col gap-2 border-t border-line p-3">
        <p className="flex items-baseline justify-between gap-2 px-1 text-base">
          <span className="truncate text-ink-muted">{ticket.server.name}</span>
          <span
            data-testid="ticket-state"
            className={`inline-flex shrink-0 items-center gap-1.5 rounded-md px-2 py-0.5 font-bold ${looks.badge}`}
          >
            {ticket.status === 'IN_PROGRESS' ? <ChefHat aria-hidden className="size-5" /> : null}
            {STATUS_WORDS[ticket.status]}
          </span>
        </p>
        {error ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-base font-semibold text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex gap-2">
          {ticket.status === 'NEW' ? (
            <Button
              variant="secondary"
              size="lg"
              className="px-4"
              busy={isStarting}
              aria-label={`Start order ${ticket.orderNumber}`}
              onClick={() => {
                setError(null);
                run({ ticketId: ticket.id, action: 'start' });
              }}
            >
              Start
            </Button>
          ) : null}
          <Button
            size="lg"
            className="flex-1 text-xl"
            busy={isBumping}
            aria-label={`Bump order ${ticket.orderNumber}`}
            onClick={() => {
              setError(null);
              run({ ticketId: ticket.id, action: 'bump' });
            }}
          >
            Bump
          </Button>
        </div>
      </footer>
    </article>
  );
}
