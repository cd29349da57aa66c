import { formatBps } from '@/lib/domain/percent';

const RATES = [
  { bps: 2000, name: 'standard' },
  { bps: 500, name: 'reduced' },
  { bps: 0, name: 'zero-rated' },
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
            {formatBps(rate.bps)} {rate.name}
          </option>
        ))}
      </select>
    </label>
  );
}
