'use client';

import { type KeyboardEvent, useRef } from 'react';

export type TabOption<T extends string> = { value: T; label: string };

export type TabsProps<T extends string> = {
  /** What the tabs choose between, announced by VoiceOver ("Areas", "Which orders"). */
  label: string;
  options: readonly TabOption<T>[];
  selected: T | undefined;
  onSelect: (value: T) => void;
  /** `lg` on the till (a thumb in a rush), `md` in the office. */
  size?: 'md' | 'lg';
  className?: string;
};

const SIZES = {
  md: 'min-h-11 px-5 text-base',
  lg: 'min-h-14 min-w-32 px-6 text-lg',
} as const;

/**
 * One row of tabs, the same on every screen: the chosen one filled in brand colour, announced as
 * selected; arrow keys move between them and Tab leaves the row (one tab stop, as VoiceOver expects).
 */
export function Tabs<T extends string>({
  label,
  options,
  selected,
  onSelect,
  size = 'md',
  className = '',
}: TabsProps<T>) {
  const row = useRef<HTMLDivElement>(null);
  const focusable = options.some((option) => option.value === selected) ? selected : options[0]?.value;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step || options.length === 0) return;
    event.preventDefault();
    const current = Math.max(
      0,
      options.findIndex((option) => option.value === selected),
    );
    const next = options[(current + step + options.length) % options.length]!;
    onSelect(next.value);
    row.current?.querySelector<HTMLButtonElement>(`[data-tab="${CSS.escape(next.value)}"]`)?.focus();
  }

  return (
    <div
      ref={row}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className={`flex flex-wrap gap-2 ${className}`}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="tab"
          data-tab={option.value}
          aria-selected={option.value === selected}
          tabIndex={option.value === focusable ? 0 : -1}
          onClick={() => onSelect(option.value)}
          className={`${SIZES[size]} rounded-tile border border-line bg-surface-raised font-semibold text-ink active:scale-[0.97] aria-selected:border-brand aria-selected:bg-brand aria-selected:text-ink-inverse`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
