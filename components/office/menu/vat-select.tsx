const RATES = [
  { bps: 2000, label: '20 % standard' },
  { bps: 500, label: '5 % reduced' },
  { bps: 0, label: '0 % zero-rated' },
] as const;

export function VatSelect({ label, name, defaultValue }: { label: string; name: string; defaultValue: number }) {
  return (
    <label className="flex flex-col gap-1.5 text-sm font-semibold text-ink">
      {label}
      <select
        name={name}
        defaultValue={String(defaultValue)}
        className="min-h-12 rounded-tile border border-line bg-surface-raised px-3 text-base font-normal"
      >
        {RATES.map((rate) => (
          <option key={rate.bps} value={rate.bps}>
            {rate.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function vatLabel(bps: number) {
  return `${bps / 100} %`;
}
