import { Field } from '../../ui/field';

export type PinFieldsProps = {
  pin: string;
  confirm: string;
  onChange: (next: { pin: string; confirm: string }) => void;
  error?: { field: 'pin' | 'confirm'; message: string } | null;
  label?: string;
  confirmLabel?: string;
};

const digits = (value: string) => value.replace(/\D/g, '').slice(0, 6);

/** A PIN typed twice, digits only and masked: it is never shown again once saved. */
export function PinFields({
  pin,
  confirm,
  onChange,
  error,
  label = 'PIN',
  confirmLabel = 'Confirm PIN',
}: PinFieldsProps) {
  return (
    <div className="grid grid-cols-2 gap-4">
      <Field
        label={label}
        hint="4 to 6 digits"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={pin}
        onChange={(event) => onChange({ pin: digits(event.target.value), confirm })}
        error={error?.field === 'pin' ? error.message : undefined}
      />
      <Field
        label={confirmLabel}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={confirm}
        onChange={(event) => onChange({ pin, confirm: digits(event.target.value) })}
        error={error?.field === 'confirm' ? error.message : undefined}
      />
    </div>
  );
}
