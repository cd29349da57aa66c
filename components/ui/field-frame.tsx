import { type ReactNode, useId } from 'react';

/** The box every text-like control shares (Field, TextAreaField, Select): 48 px tall, 18 px text. */
export const CONTROL_CLASS =
  'min-h-12 rounded-tile border border-line bg-surface-raised px-4 text-lg text-ink aria-[invalid=true]:border-danger disabled:opacity-50';

export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * The frame every labelled control shares: the label above, the hint or error below, tied to the
 * control for screen readers. `children` renders the control with the props it needs.
 */
export function FieldFrame({
  label,
  hint,
  error,
  id,
  className = '',
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = error || hint ? `${inputId}-note` : undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {children({ id: inputId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error || hint ? (
        <p id={describedBy} className={`text-sm ${error ? 'text-danger' : 'text-ink-muted'}`}>
          {error ?? hint}
        </p>
      ) : null}
    </div>
  );
}
