'use client';

import { Minus, Plus } from 'lucide-react';
import { useState } from 'react';
import { useCloseDrawer } from '@/lib/client/use-cash-drawer';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { cashVariance, countDenominations } from '@/lib/domain/cash';
import { formatPence } from '@/lib/domain/money';
import { DENOMINATIONS_PENCE, type TCashSession } from '@/lib/schemas/payments';
import { ApprovalSheet } from '../ui/approval-sheet';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { BLOCKED_BUTTON_CLASS } from './styles';

/** "£50" for a note, "20p" for a coin. */
function denominationName(pence: number): string {
  return pence >= 100 ? `£${pence / 100}` : `${pence}p`;
}

/** "£2.00 short", "£1.50 over" or "Balanced", for a counted minus expected. */
export function varianceWords(variancePence: number): { text: string; className: string } {
  if (variancePence === 0) return { text: 'Balanced', className: 'text-success' };
  return variancePence < 0
    ? { text: `${formatPence(-variancePence)} short`, className: 'text-danger' }
    : { text: `${formatPence(variancePence)} over`, className: 'text-warning' };
}

const stepClass =
  'flex size-12 shrink-0 items-center justify-center rounded-tile border border-line bg-surface-raised text-ink active:scale-95 active:bg-surface-sunken disabled:opacity-40';

function CountRow({ pence, count, onChange }: { pence: number; count: number; onChange: (count: number) => void }) {
  const name = denominationName(pence);
  const noun = pence >= 500 ? 'notes' : 'coins';
  return (
    <li className="grid grid-cols-[3.5rem_auto_4.5rem_auto_1fr] items-center gap-2">
      <span className="text-xl font-bold text-ink">{name}</span>
      <button
        type="button"
        className={stepClass}
        aria-label={`One fewer ${name} ${noun}`}
        disabled={count === 0}
        onClick={() => onChange(count - 1)}
      >
        <Minus aria-hidden className="size-5" />
      </button>
      <input
        type="text"
        inputMode="numeric"
        aria-label={`${name} ${noun}`}
        value={count === 0 ? '' : String(count)}
        placeholder="0"
        onChange={(event) => onChange(Math.min(100_000, Number(event.target.value.replace(/\D/g, '')) || 0))}
        className="tabular h-12 w-full rounded-tile border border-line bg-surface-raised text-center text-xl font-bold text-ink placeholder:text-ink-muted"
      />
      <button
        type="button"
        className={stepClass}
        aria-label={`One more ${name} ${noun}`}
        onClick={() => onChange(count + 1)}
      >
        <Plus aria-hidden className="size-5" />
      </button>
      <span className="tabular text-right text-lg text-ink">{formatPence(pence * count)}</span>
    </li>
  );
}

export type DrawerCountProps = {
  session: TCashSession;
  onClosed: (closed: TCashSession) => void;
  onBack: () => void;
};

/**
 * Closing the drawer: notes and coins counted on steppers (or typed), the running total against
 * what should be there, and the variance shown before closing. Past the location's limit a
 * manager approves in place.
 */
export function DrawerCount({ session, onClosed, onBack }: DrawerCountProps) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const close = useCloseDrawer();
  const isOffline = useIsOffline();
  const denominations = Object.fromEntries(DENOMINATIONS_PENCE.map((pence) => [String(pence), counts[pence] ?? 0]));
  const counted = countDenominations(denominations);
  const variance = cashVariance(counted, session.expectedPence);
  const words = varianceWords(variance);
  const submit = (pin?: string) =>
    close.run(
      { sessionId: session.id, denominations, approval: pin ? { pin } : undefined },
      { onSuccess: ({ cashSession }) => onClosed(cashSession) },
    );
  const half = Math.ceil(DENOMINATIONS_PENCE.length / 2);

  return (
    <ApprovalSheet
      title="Cash drawer · Count and close"
      subtitle={`Expected in the drawer ${formatPence(session.expectedPence)}`}
      onClose={onBack}
      request={{
        error: close.error,
        isPending: close.isPending,
        variables: close.variables?.variables,
        reset: close.reset,
      }}
      summary={`Close the drawer ${words.text.toLowerCase()}`}
      onPin={(pin) => submit(pin)}
      footer={
        <div className="flex flex-col gap-3">
          <dl className="grid grid-cols-3 gap-3 text-center">
            <div>
              <dt className="text-base text-ink-muted">Expected</dt>
              <dd className="tabular text-2xl font-bold text-ink">{formatPence(session.expectedPence)}</dd>
            </div>
            <div>
              <dt className="text-base text-ink-muted">Counted</dt>
              <dd data-testid="drawer-counted" className="tabular text-2xl font-bold text-ink">
                {formatPence(counted)}
              </dd>
            </div>
            <div>
              <dt className="text-base text-ink-muted">Variance</dt>
              <dd data-testid="drawer-variance" className={`tabular text-2xl font-bold ${words.className}`}>
                {words.text}
              </dd>
            </div>
          </dl>
          <Button
            size="xl"
            className={`w-full ${BLOCKED_BUTTON_CLASS}`}
            busy={close.isPending}
            disabled={isOffline}
            onClick={() => submit()}
          >
            <span className="tabular">
              {isOffline ? 'Closing the drawer needs the connection' : `Close drawer · counted ${formatPence(counted)}`}
            </span>
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        {close.error ? <Notice tone="error">Not closed: {close.error.message}</Notice> : null}
        <div className="grid grid-cols-2 gap-x-8">
          {[DENOMINATIONS_PENCE.slice(0, half), DENOMINATIONS_PENCE.slice(half)].map((column, index) => (
            <ul
              key={index}
              aria-label={index === 0 ? 'Notes and pound coins' : 'Pence coins'}
              className="flex flex-col gap-2"
            >
              {column.map((pence) => (
                <CountRow
                  key={pence}
                  pence={pence}
                  count={counts[pence] ?? 0}
                  onChange={(count) => setCounts((current) => ({ ...current, [pence]: Math.max(0, count) }))}
                />
              ))}
            </ul>
          ))}
        </div>
      </div>
    </ApprovalSheet>
  );
}
