import { type InputHTMLAttributes, useId } from 'react';

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string };

/** A labelled text input with its hint or error read out by screen readers. */
export function Field({ label, hint, error, id, className = '', ...rest }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = error || hint ? `${inputId}-note` : undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      <input
        {...rest}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-12 rounded-[var(--radius-tile)] border border-line bg-surface-raised px-4 text-lg text-ink placeholder:text-ink-muted aria-[invalid=true]:border-danger"
      />
      {error || hint ? (
        <p id={describedBy} className={`text-sm ${error ? 'text-danger' : 'text-ink-muted'}`}>
          {error ?? hint}
        </p>
      ) : null}
    </div>
  );
}
