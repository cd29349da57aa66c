import type { TextareaHTMLAttributes } from 'react';
import { CONTROL_CLASS, FieldFrame } from './field-frame';

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
        <textarea {...rest} {...control} rows={rows} className={`${CONTROL_CLASS} py-3 placeholder:text-ink-muted`} />
      )}
    </FieldFrame>
  );
}
