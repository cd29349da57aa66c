import { formatBps } from '@/lib/domain/percent';
import { Select } from '../../ui/select';

const RATES = [
  { bps: 2000, name: 'standard' },
  { bps: 500, name: 'reduced' },
  { bps: 0, name: 'zero-rated' },
] as const;

/** The UK VAT rates an item can carry, shown as people read them ("20 % standard"). */
export function VatSelect({ label, name, defaultValue }: { label: string; name: string; defaultValue: number }) {
  return (
    <Select label={label} name={name} defaultValue={String(defaultValue)}>
      {RATES.map((rate) => (
        <option key={rate.bps} value={rate.bps}>
          {formatBps(rate.bps)} {rate.name}
        </option>
      ))}
    </Select>
  );
}
