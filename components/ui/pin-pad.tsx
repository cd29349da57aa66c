'use client';

import { Delete } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';

export type PinPadProps = {
  /** Called with 4–6 digits when the person taps Enter (or types a PIN and presses Return). */
  onSubmit: (pin: string) => void;
  busy?: boolean;
  disabled?: boolean;
  /** Shown under the dots; read out when it changes. */
  message?: string;
  tone?: 'error' | 'info';
  label?: string;
  /** Digits needed before Enter works, and the most taken: a PIN is 4–6; a till code 8 and 8. */
  minDigits?: number;
  maxDigits?: number;
};

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** A large touch PIN pad (keys ≥ 80 px) that also takes a hardware keyboard. */
export function PinPad({
  onSubmit,
  busy = false,
  disabled = false,
  message,
  tone = 'info',
  label = 'Enter your PIN',
  minDigits = 4,
  maxDigits = 6,
}: PinPadProps) {
  const [pin, setPin] = useState('');
  const locked = busy || disabled;

  const press = useCallback(
    (digit: string) => setPin((current) => (current.length < maxDigits ? current + digit : current)),
    [maxDigits],
  );
  const back = useCallback(() => setPin((current) => current.slice(0, -1)), []);
  const submit = useCallback(() => {
    if (pin.length < minDigits || locked) return;
    onSubmit(pin);
    setPin('');
  }, [pin, locked, minDigits, onSubmit]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (locked) return;
      if (/^\d$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') back();
      else if (event.key === 'Enter') submit();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [locked, press, back, submit]);

  const keyClass =
    'flex h-20 w-24 select-none items-center justify-center rounded-tile bg-surface-raised text-3xl font-semibold text-ink shadow-sm border border-line active:scale-95 active:bg-surface-sunken disabled:opacity-40';

  return (
    <div className="flex flex-col items-center gap-5" role="group" aria-label={label}>
      <p className="text-xl font-semibold text-ink">{label}</p>
      <div className="flex h-6 items-center gap-4" aria-live="polite" aria-label={`${pin.length} digits entered`}>
        {Array.from({ length: Math.max(minDigits, pin.length) }, (_, index) => (
          <span
            key={index}
            className={`size-5 rounded-full border-2 border-ink ${index < pin.length ? 'bg-ink' : 'bg-transparent'}`}
          />
        ))}
      </div>
      <p
        role={tone === 'error' ? 'alert' : 'status'}
        className={`min-h-7 text-center text-lg font-medium ${tone === 'error' ? 'text-danger' : 'text-ink-muted'}`}
      >
        {message ?? ''}
      </p>
      <div className="grid grid-cols-3 gap-3">
        {KEYS.map((digit) => (
          <button
            key={digit}
            type="button"
            className={keyClass}
            onClick={() => press(digit)}
            disabled={locked}
            aria-label={digit}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className={keyClass}
          onClick={back}
          disabled={locked || pin.length === 0}
          aria-label="Delete last digit"
        >
          <Delete aria-hidden className="size-8" />
        </button>
        <button type="button" className={keyClass} onClick={() => press('0')} disabled={locked} aria-label="0">
          0
        </button>
        <button
          type="button"
          onClick={submit}
          disabled={locked || pin.length < minDigits}
          className="flex h-20 w-24 select-none items-center justify-center rounded-tile bg-brand text-xl font-bold text-ink-inverse active:scale-95 disabled:opacity-40"
        >
          {busy ? (
            <span
              aria-hidden
              className="size-6 animate-spin rounded-full border-2 border-current border-t-transparent"
            />
          ) : (
            'Enter'
          )}
        </button>
      </div>
    </div>
  );
}
