import { formatPence } from '@/lib/domain/money';

export type LineState = 'adding' | 'new' | 'held' | 'sent' | 'ready' | 'served' | 'voided';

export type TicketLineView = {
  id: string;
  quantity: number;
  name: string;
  modifiers: string[];
  note: string;
  seat: number | null;
  course: number;
  pricePence: number;
  discountPence: number;
  state: LineState;
  voidReason: string | null;
};

const STATES: Record<LineState, { word: string; className: string } | null> = {
  adding: { word: 'Adding…', className: 'bg-surface-sunken text-ink' },
  new: { word: 'Not sent', className: 'border border-state-open text-state-open' },
  held: { word: 'Held', className: 'border border-state-sent text-state-sent' },
  sent: { word: 'Sent', className: 'bg-state-sent text-ink-inverse' },
  ready: { word: 'Ready', className: 'bg-state-ready text-ink-inverse' },
  served: { word: 'Served', className: 'bg-state-paid text-ink-inverse' },
  voided: { word: 'Voided', className: 'bg-state-void text-ink-inverse' },
};

/** One ticket line: "2 × Flat white £7.60", its options indented, note, seat and course, and its state. */
export function TicketLine({ line, onTap }: { line: TicketLineView; onTap?: (lineId: string) => void }) {
  const state = STATES[line.state];
  const isVoided = line.state === 'voided';
  const details = [line.seat ? `Seat ${line.seat}` : null, line.course > 1 ? `Course ${line.course}` : null].filter(
    Boolean,
  );
  const content = (
    <>
      <span className="flex items-baseline gap-2">
        <span className={`flex-1 text-lg font-semibold text-ink ${isVoided ? 'line-through decoration-2' : ''}`}>
          <span className="tabular">{line.quantity}</span> × <span data-line-name>{line.name}</span>
        </span>
        <span className={`tabular text-lg font-semibold text-ink ${isVoided ? 'line-through decoration-2' : ''}`}>
          {formatPence(line.pricePence)}
        </span>
      </span>
      {line.modifiers.map((modifier) => (
        <span key={modifier} className="block pl-6 text-base text-ink-muted">
          + {modifier}
        </span>
      ))}
      {line.note ? <span className="block pl-6 text-base font-medium italic text-ink">“{line.note}”</span> : null}
      <span className="mt-1 flex flex-wrap items-center gap-2 pl-6">
        {state ? (
          <span className={`rounded-md px-2 py-0.5 text-sm font-bold ${state.className}`}>{state.word}</span>
        ) : null}
        {details.length ? <span className="text-sm text-ink-muted">{details.join(' · ')}</span> : null}
        {line.discountPence > 0 ? (
          <span className="tabular text-sm font-semibold text-success">−{formatPence(line.discountPence)} off</span>
        ) : null}
      </span>
      {isVoided && line.voidReason ? (
        <span className="block pl-6 text-sm font-medium text-state-void">Voided: {line.voidReason}</span>
      ) : null}
    </>
  );
  const base = 'block w-full rounded-tile px-3 py-2.5 text-left';
  if (!onTap) {
    return (
      <li
        aria-busy={line.state === 'adding' || undefined}
        className={`${base} ${line.state === 'adding' ? 'opacity-60' : ''}`}
      >
        {content}
      </li>
    );
  }
  return (
    <li>
      <button type="button" onClick={() => onTap(line.id)} className={`${base} min-h-14 active:bg-surface-sunken`}>
        {content}
      </button>
    </li>
  );
}
