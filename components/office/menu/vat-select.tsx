import { formatBps } from '@/lib/domain/percent';
import { Select } from '../../ui/select';

/** The UK VAT rates, as people name them. */
export const VAT_RATE_OPTIONS = [
  { bps: 2000, name: 'standard' },
  { bps: 500, name: 'reduced' },
  { bps: 0, name: 'zero-rated' },
] as const;

/**
 * The UK VAT rates an item can carry, shown as people read them ("20 % standard"). With no
 * default (a new item in a category without VAT defaults) it starts unchosen and must be chosen:
 * a tax is never guessed.
 */
export function VatSelect({ label, name, defaultValue }: { label: string; name: string; defaultValue: number | null }) {
  return (
    <Select label={label} name={name} defaultValue={defaultValue === null ? '' : String(defaultValue)} required>
      {defaultValue === null ? (
        <option value="" disabled>
          Choose the VAT rate
        </option>
      ) : null}
      {VAT_RATE_OPTIONS.map((rate) => (
        <option key={rate.bps} value={rate.bps}>
          {formatBps(rate.bps)} {rate.name}
        </option>
      ))}
    </Select>
  );
}
