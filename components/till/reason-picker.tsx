'use client';

import { useId, useState } from 'react';
import { ChoiceButton } from '../ui/choice-button';
import { Field } from '../ui/field';

export type ReasonPickerProps = {
  label: string;
  reasons: readonly string[];
  value: string;
  onChange: (reason: string) => void;
};

/** Common reasons as big buttons, and "Other…" for a typed one. */
export function ReasonPicker({ label, reasons, value, onChange }: ReasonPickerProps) {
  const headingId = useId();
  const [isOther, setIsOther] = useState(value !== '' && !reasons.includes(value));
  return (
    <div className="flex flex-col gap-3">
      <h3 id={headingId} className="text-xl font-bold text-ink">
        {label}
      </h3>
      <div role="radiogroup" aria-labelledby={headingId} className="grid grid-cols-2 gap-3">
        {reasons.map((reason) => (
          <ChoiceButton
            key={reason}
            kind="radio"
            selected={!isOther && value === reason}
            onSelect={() => {
              setIsOther(false);
              onChange(reason);
            }}
          >
            {reason}
          </ChoiceButton>
        ))}
        <ChoiceButton
          kind="radio"
          selected={isOther}
          onSelect={() => {
            setIsOther(true);
            onChange('');
          }}
        >
          Other…
        </ChoiceButton>
      </div>
      {isOther ? (
        <Field
          label="Reason"
          autoFocus
          maxLength={200}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder="Say what happened"
        />
      ) : null}
    </div>
  );
}
