import { Check, MessageSquareWarning } from 'lucide-react';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';

type Line = TKitchenTicket['lines'][number];

export type TicketItemProps = {
  line: Line;
  /** Its bump is on the way to the server. */
  isBusy: boolean;
  onBump: () => void;
};

function details(line: Line): string {
  const parts = [];
  if (line.seat !== null) parts.push(`Seat ${line.seat}`);
  if (line.course > 1) parts.push(`Course ${line.course}`);
  return parts.join(' · ');
}

/**
 * One item on a ticket: quantity and name in big type, modifiers indented, the note highlighted.
 * Tap it to mark just this item ready (a tick, dimmed); voided items are struck through.
 */
export function TicketItem({ line, isBusy, onBump }: TicketItemProps) {
  const isReady = line.kitchenStatus === 'READY' || line.kitchenStatus === 'SERVED';
  const isDone = isReady || line.voided;
  const meta = details(line);
  return (
    <li>
      <button
        type="button"
        onClick={isDone || isBusy ? undefined : onBump}
        aria-disabled={isDone || isBusy || undefined}
        aria-busy={isBusy || undefined}
        className={`grid min-h-14 w-full grid-cols-[2.5rem_1fr_auto] items-start gap-x-2 rounded-tile px-2 py-2 text-left ${
          isDone ? '' : 'active:scale-[0.98] active:bg-surface-sunken'
        } ${isBusy ? 'bg-surface-sunken' : ''}`}
      >
        <span
          className={`tabular text-2xl font-bold leading-7 ${isDone ? 'opacity-55' : ''} ${line.voided ? 'line-through' : ''}`}
        >
          {line.quantity}
        </span>
        <span className={`flex min-w-0 flex-col gap-0.5 ${isDone ? 'opacity-55' : ''}`}>
          <span className={`text-xl font-semibold leading-7 ${line.voided ? 'line-through' : ''}`}>
            {line.name}
            {line.voided ? <span className="sr-only"> (voided)</span> : null}
            {isReady ? <span className="sr-only"> (ready)</span> : null}
          </span>
          {line.modifiers.map((modifier) => (
            <span key={modifier} className={`pl-3 text-lg text-ink-muted ${line.voided ? 'line-through' : ''}`}>
              {modifier}
            </span>
          ))}
          {line.note ? (
            <span className="mt-1 flex items-start gap-1.5 rounded-md bg-warning-soft px-2 py-1 text-lg font-semibold text-warning">
              <MessageSquareWarning aria-hidden className="mt-1 size-5 shrink-0" />
              <span>
                <span className="sr-only">Note: </span>
                {line.note}
              </span>
            </span>
          ) : null}
          {meta ? <span className="text-base font-medium text-ink-muted">{meta}</span> : null}
        </span>
        <span className="flex h-7 items-center">
          {isBusy ? (
            <span
              aria-hidden
              className="size-5 animate-spin rounded-full border-2 border-current border-t-transparent"
            />
          ) : isReady ? (
            <Check aria-hidden className="size-7 text-success" strokeWidth={3} />
          ) : line.voided ? (
            <span className="rounded-md bg-state-void px-2 py-0.5 text-sm font-bold uppercase text-ink-inverse">
              voided
            </span>
          ) : null}
        </span>
      </button>
    </li>
  );
}
