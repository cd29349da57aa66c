'use client';

import { Banknote, Calculator } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { formatPence } from '@/lib/domain/money';
import { changeDue, quickCashAmounts } from '@/lib/domain/payments';
import { AmountPad } from '../ui/amount-pad';
import { Button } from '../ui/button';
import { BLOCKED_BUTTON_CLASS } from './styles';

export type CashTenderProps = {
  /** The share plus the tip: what the cash must cover. */
  chargePence: number;
  /** The tendered amount of the tap in flight, to show the spinner on that button. */
  pendingTenderedPence: number | null;
  disabled: boolean;
  onTender: (tenderedPence: number) => void;
  /** Another way to pay, shown beside Exact (the QR checkout button). */
  aside?: ReactNode;
};

/**
 * Cash in one tap: "Exact £9.85", then the notes that cover it (£10, £20, £50); or the amount
 * handed over on the pad, with the change shown before it is taken.
 */
export function CashTender({ chargePence, pendingTenderedPence, disabled, onTender, aside }: CashTenderProps) {
  const [isOther, setIsOther] = useState(false);
  const [text, setText] = useState('');
  const [exact, ...notes] = quickCashAmounts(chargePence);
  const isBusy = pendingTenderedPence !== null;
  const typed = amountFromText(text);
  const change = typed === null ? null : changeDue(typed, chargePence);

  if (isOther) {
    const blocker =
      typed === null ? 'Type the cash handed over' : change! < 0 ? `Less than ${formatPence(chargePence)}` : null;
    return (
      <div className="grid grid-cols-[1fr_240px] gap-4">
        <AmountPad
          label="Cash handed over"
          text={text}
          onChange={setText}
          disabled={isBusy}
          note={
            change === null ? undefined : change < 0 ? `${formatPence(-change)} short` : `Change ${formatPence(change)}`
          }
          noteTone={change !== null && change < 0 ? 'error' : 'muted'}
        />
        <div className="flex flex-col justify-end gap-2">
          <p className="tabular text-right text-lg text-ink-muted">To pay {formatPence(chargePence)}</p>
          <Button
            size="xl"
            className={`min-h-36 flex-col gap-1 px-3 ${BLOCKED_BUTTON_CLASS}`}
            disabled={disabled || blocker !== null}
            busy={isBusy}
            onClick={() => typed !== null && onTender(typed)}
          >
            <span className="tabular">{blocker ?? `Take ${formatPence(typed!)} cash`}</span>
          </Button>
          <Button variant="secondary" size="xl" onClick={() => setIsOther(false)} disabled={isBusy}>
            Back
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-lg font-bold text-ink">{aside ? 'Cash or QR' : 'Cash'}</h3>
      <div className={`grid gap-2 ${aside && exact !== undefined ? 'grid-cols-2' : 'grid-cols-1'}`}>
        {exact !== undefined ? (
          <Button
            size="xl"
            className="min-h-20 w-full text-2xl"
            disabled={disabled || isBusy}
            busy={pendingTenderedPence === exact}
            onClick={() => onTender(exact)}
          >
            <Banknote aria-hidden className="size-7" />
            <span className="tabular">Exact {formatPence(exact)}</span>
          </Button>
        ) : null}
        {aside}
      </div>
      {notes.length > 0 ? (
        <div className="grid gap-2" style={{ gridTemplateColumns: `repeat(${notes.length}, minmax(0, 1fr))` }}>
          {notes.map((note) => (
            <Button
              key={note}
              variant="secondary"
              size="xl"
              className="min-h-20 px-2 text-2xl"
              disabled={disabled || isBusy}
              busy={pendingTenderedPence === note}
              aria-label={`${formatPence(note)} cash, change ${formatPence(changeDue(note, chargePence))}`}
              onClick={() => onTender(note)}
            >
              <span className="tabular">{formatPence(note)}</span>
            </Button>
          ))}
        </div>
      ) : null}
      <Button
        variant="secondary"
        size="lg"
        disabled={disabled || isBusy}
        onClick={() => {
          setText('');
          setIsOther(true);
        }}
      >
        <Calculator aria-hidden className="size-5" /> Other amount…
      </Button>
    </div>
  );
}
