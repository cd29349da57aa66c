import { Check } from 'lucide-react';
import type { ReactNode } from 'react';

export type ChoiceButtonProps = {
  selected: boolean;
  onSelect: () => void;
  children: ReactNode;
  /** 'radio' inside a radiogroup (pick one), 'toggle' for pick-several. */
  kind?: 'radio' | 'toggle';
  /** Replaces the visible text as the accessible name (e.g. "Seat 2" for a button showing "2"). */
  label?: string;
  className?: string;
};

/** A large option: selected shows in colour and with a tick, and is announced as checked or pressed. */
export function ChoiceButton({
  selected,
  onSelect,
  children,
  kind = 'toggle',
  label,
  className = '',
}: ChoiceButtonProps) {
  const state = kind === 'radio' ? { role: 'radio', 'aria-checked': selected } : { 'aria-pressed': selected };
  return (
    <button
      type="button"
      {...state}
      aria-label={label}
      onClick={onSelect}
      className={`flex min-h-14 select-none items-center justify-center gap-2 rounded-tile border-2 px-4 text-lg font-semibold active:scale-[0.97] ${
        selected
          ? 'border-brand bg-brand text-ink-inverse'
          : 'border-line bg-surface-raised text-ink active:bg-surface-sunken'
      } ${className}`}
    >
      {selected ? <Check aria-hidden className="size-5 shrink-0" /> : null}
      {children}
    </button>
  );
}
