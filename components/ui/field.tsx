import type { InputHTMLAttributes } from 'react';
import { CONTROL_CLASS, FieldFrame } from './field-frame';

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string };

/** A labelled text input with its hint or error read out by screen readers. */
export function Field({ label, hint, error, id, className, ...rest }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <input {...rest} {...control} className={`${CONTROL_CLASS} placeholder:text-ink-muted`} />}
    </FieldFrame>
  );
}
