import { ChevronDown } from 'lucide-react';
import type { SelectHTMLAttributes } from 'react';
import { CONTROL_CLASS, FieldFrame } from './field-frame';

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { label: string; hint?: string; error?: string };

/**
 * Field's twin for a choice from a list: the same labelled 48 px box, with a chevron, over the
 * native <select> (so the iPad shows its own picker wheel and VoiceOver reads it as a pop-up
 * button). Pass the <option>s as children.
 */
export function Select({ label, hint, error, id, className, children, ...rest }: SelectProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <div className="relative">
          <select {...rest} {...control} className={`${CONTROL_CLASS} w-full cursor-pointer appearance-none pr-12`}>
            {children}
          </select>
          <ChevronDown
            aria-hidden
            className="pointer-events-none absolute right-4 top-1/2 size-6 -translate-y-1/2 text-ink-muted"
          />
        </div>
      )}
    </FieldFrame>
  );
}
