import { type TextareaHTMLAttributes, useId } from 'react';

export type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: string;
};

/** Field's several-line twin: labelled, with its hint or error read out by screen readers. */
export function TextAreaField({ label, hint, error, id, className = '', rows = 3, ...rest }: TextAreaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = error || hint ? `${inputId}-note` : undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      <textarea
        {...rest}
        id={inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-[var(--radius-tile)] border border-line bg-surface-raised px-4 py-3 text-lg text-ink placeholder:text-ink-muted aria-[invalid=true]:border-danger"
      />
      {error || hint ? (
        <p id={describedBy} className={`text-sm ${error ? 'text-danger' : 'text-ink-muted'}`}>
          {error ?? hint}
        </p>
      ) : null}
    </div>
  );
}
