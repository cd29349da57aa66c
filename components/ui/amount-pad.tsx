'use client';

import { Delete } from 'lucide-react';
import { useEffect, useId } from 'react';
import { formatPence } from '@/lib/domain/money';
import { type AmountKey, amountFromText, pressAmountKey } from '@/lib/client/amount-entry';

export type AmountPadProps = {
  /** What the amount is for: "Cash handed over", "Float". */
  label: string;
  /** The typed text ("12.5"); the pad shows it as money. */
  text: string;
  onChange: (text: string) => void;
  disabled?: boolean;
  /** Under the amount: what it means ("Change £2.50") or why it will not do. */
  note?: string;
  noteTone?: 'muted' | 'error';
};

const KEYS: AmountKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', 'back'];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Pounds and pence on 64 px keys (and a hardware keyboard), shown as "£12.50" while typed. */
export function AmountPad({ label, text, onChange, disabled = false, note, noteTone = 'muted' }: AmountPadProps) {
  const labelId = useId();
  const amount = amountFromText(text) ?? 0;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (disabled || isTyping(event.target)) return;
      const key: AmountKey | null = /^[\d.]$/.test(event.key)
        ? (event.key as AmountKey)
        : event.key === 'Backspace'
          ? 'back'
          : null;
      if (key) onChange(pressAmountKey(text, key));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, text, onChange]);

  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-3">
        <span id={labelId} className="text-lg font-semibold text-ink">
          {label}
        </span>
        <output aria-live="polite" className="tabular text-4xl font-bold text-money-due">
          {formatPence(amount)}
        </output>
      </div>
      <p
        className={`min-h-6 text-right text-base font-medium ${noteTone === 'error' ? 'text-danger' : 'text-ink-muted'}`}
      >
        {note ?? ''}
      </p>
      <div className="grid grid-cols-3 gap-2">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            disabled={disabled || (key === 'back' && text === '')}
            aria-label={key === 'back' ? 'Delete last digit' : key === '.' ? 'Decimal point' : key}
            onClick={() => onChange(pressAmountKey(text, key))}
            className="flex h-16 select-none items-center justify-center rounded-tile border border-line bg-surface-raised text-3xl font-semibold text-ink active:scale-95 active:bg-surface-sunken disabled:opacity-40"
          >
            {key === 'back' ? <Delete aria-hidden className="size-8" /> : key}
          </button>
        ))}
      </div>
    </div>
  );
}
