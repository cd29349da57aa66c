import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

export type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: string;
};

/** Field's several-line twin: labelled, with its hint or error read out by screen readers. */
export function TextAreaField({ label, hint, error, id, className, rows = 3, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <textarea
          {...rest}
          {...control}
          rows={rows}
          className="rounded-tile border border-line bg-surface-raised px-4 py-3 text-lg text-ink placeholder:text-ink-muted aria-[invalid=true]:border-danger"
        />
      )}
    </FieldFrame>
  );
}
