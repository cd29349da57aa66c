'use client';

import { useId, useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import { tipFor } from '@/lib/domain/payments';
import { AmountPad } from '../ui/amount-pad';
import { Button } from '../ui/button';
import { Sheet } from '../ui/sheet';

export type TipChoice = { kind: 'NONE' } | { kind: 'PERCENT'; bps: number } | { kind: 'AMOUNT'; pence: number };

export const NO_TIP: TipChoice = { kind: 'NONE' };

/** The tip in pence for the share being paid. */
export function tipPenceFor(choice: TipChoice, amountPence: number): number {
  switch (choice.kind) {
    case 'NONE':
      return 0;
    case 'PERCENT':
      return tipFor(amountPence, choice.bps);
    case 'AMOUNT':
      return choice.pence;
  }
}

export type TipRowProps = {
  amountPence: number;
  /** The location's preset percentages in basis points (500 = 5 %). */
  presetsBps: readonly number[];
  choice: TipChoice;
  onChange: (choice: TipChoice) => void;
};

const optionClass =
  'flex min-h-16 flex-col items-center justify-center rounded-tile border-2 px-2 leading-tight active:scale-[0.97]';
const selectedClass = 'border-brand bg-brand text-ink-inverse';
const idleClass = 'border-line bg-surface-raised text-ink active:bg-surface-sunken';

/** No tip, the location's presets (5 / 10 / 20 %) of the share with their amounts, or another amount on the pad. */
export function TipRow({ amountPence, presetsBps, choice, onChange }: TipRowProps) {
  const headingId = useId();
  const [isTyping, setIsTyping] = useState(false);
  const [text, setText] = useState('');
  const typed = amountFromText(text) ?? 0;
  const option = (selected: boolean, label: string, amount: string | null, onSelect: () => void, name?: string) => (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      aria-label={name}
      onClick={onSelect}
      className={`${optionClass} ${selected ? selectedClass : idleClass}`}
    >
      <span className="text-lg font-semibold">{label}</span>
      {amount ? <span className="tabular text-sm font-medium">{amount}</span> : null}
    </button>
  );

  return (
    <div className="flex flex-col gap-2">
      <h3 id={headingId} className="text-lg font-bold text-ink">
        Tip
      </h3>
      <div
        role="radiogroup"
        aria-labelledby={headingId}
        className="grid gap-2"
        style={{ gridTemplateColumns: `repeat(${presetsBps.length + 2}, minmax(0, 1fr))` }}
      >
        {option(choice.kind === 'NONE', 'No tip', null, () => onChange(NO_TIP))}
        {presetsBps.map((bps) => {
          const pence = tipFor(amountPence, bps);
          return option(
            choice.kind === 'PERCENT' && choice.bps === bps,
            formatBps(bps),
            formatPence(pence),
            () => onChange({ kind: 'PERCENT', bps }),
            `${formatBps(bps)} tip, ${formatPence(pence)}`,
          );
        })}
        {option(
          choice.kind === 'AMOUNT',
          'Other…',
          choice.kind === 'AMOUNT' ? formatPence(choice.pence) : null,
          () => {
            setText('');
            setIsTyping(true);
          },
          choice.kind === 'AMOUNT' ? `Other tip, ${formatPence(choice.pence)}` : 'Other tip amount',
        )}
      </div>
      {isTyping ? (
        <Sheet
          title="Tip amount"
          subtitle={`On top of ${formatPence(amountPence)}`}
          onClose={() => setIsTyping(false)}
          footer={
            <Button
              size="xl"
              className="w-full"
              disabled={typed === 0}
              onClick={() => {
                onChange({ kind: 'AMOUNT', pence: typed });
                setIsTyping(false);
              }}
            >
              <span className="tabular">{typed === 0 ? 'Type the tip' : `Add ${formatPence(typed)} tip`}</span>
            </Button>
          }
        >
          <div className="mx-auto max-w-sm">
            <AmountPad label="Tip" text={text} onChange={setText} />
          </div>
        </Sheet>
      ) : null}
    </div>
  );
}
