import { useId } from 'react';

export type SwitchProps = {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
};

/** An on/off setting: a labelled switch that also says "On" or "Off", announced as checked or not. */
export function Switch({ label, hint, checked, onChange, id }: SwitchProps) {
  const generated = useId();
  const switchId = id ?? generated;
  return (
    <div className="flex items-center justify-between gap-6">
      <div className="flex flex-col gap-0.5">
        <label id={`${switchId}-label`} htmlFor={switchId} className="text-base font-semibold text-ink">
          {label}
        </label>
        {hint ? (
          <p id={`${switchId}-hint`} className="text-sm text-ink-muted">
            {hint}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        id={switchId}
        aria-checked={checked}
        aria-labelledby={`${switchId}-label`}
        aria-describedby={hint ? `${switchId}-hint` : undefined}
        onClick={() => onChange(!checked)}
        className="group flex min-h-11 shrink-0 items-center gap-3 rounded-tile px-2 text-base font-semibold text-ink"
      >
        <span
          aria-hidden
          className="flex h-8 w-14 items-center rounded-full border-2 border-line bg-surface-sunken p-0.5 transition-colors group-aria-checked:border-brand group-aria-checked:bg-brand"
        >
          <span className="size-6 rounded-full bg-surface-raised shadow transition-transform group-aria-checked:translate-x-6" />
        </span>
        <span aria-hidden className="w-7 text-left">
          {checked ? 'On' : 'Off'}
        </span>
      </button>
    </div>
  );
}
