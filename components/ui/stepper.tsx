'use client';

import { Minus, Plus } from 'lucide-react';

export type StepperProps = {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
};

const stepClass =
  'flex size-14 items-center justify-center rounded-tile border border-line bg-surface-raised text-ink active:scale-95 active:bg-surface-sunken disabled:opacity-40';

/** − value + with 56 px keys; the value is announced when it changes. */
export function Stepper({ label, value, onChange, min = 1, max = 99 }: StepperProps) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-3">
      <button
        type="button"
        className={stepClass}
        aria-label={`Fewer (${label.toLowerCase()})`}
        disabled={value <= min}
        onClick={() => onChange(Math.max(min, value - 1))}
      >
        <Minus aria-hidden className="size-6" />
      </button>
      <output aria-live="polite" className="tabular min-w-12 text-center text-3xl font-bold text-ink">
        {value}
      </output>
      <button
        type="button"
        className={stepClass}
        aria-label={`More (${label.toLowerCase()})`}
        disabled={value >= max}
        onClick={() => onChange(Math.min(max, value + 1))}
      >
        <Plus aria-hidden className="size-6" />
      </button>
    </div>
  );
}
