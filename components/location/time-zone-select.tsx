import type { SelectProps } from '../ui/select';
import { Select } from '../ui/select';

/**
 * The IANA time zone the venue trades in (its trading day and reports follow it). `zones` comes
 * from the server page (timeZoneOptions()), so the server's and the browser's lists cannot differ.
 */
export function TimeZoneSelect({ zones, ...props }: Omit<SelectProps, 'children'> & { zones: readonly string[] }) {
  const value = typeof props.value === 'string' ? props.value : undefined;
  return (
    <Select {...props}>
      {value && !zones.includes(value) ? <option value={value}>{value}</option> : null}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </Select>
  );
}

/** 00:00 to 23:00, for the hour a trading day starts. */
export const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
