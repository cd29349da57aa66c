// When and where a venue trades: time zone, trading-day start, opening hours, closed dates and
// VAT number. Shared by first-run setup and the settings page, so both accept the same things.
import { z } from 'zod';
import { ZText } from './common';

/** Whether the runtime knows an IANA time zone (`Europe/London`); Intl is the authority. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** An IANA time zone, stored in its canonical spelling (`europe/london` → `Europe/London`). */
export const ZTimezone = ZText.trim()
  .max(64)
  .refine(isKnownTimeZone, 'Choose a time zone from the list, like Europe/London')
  .transform((zone) => new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone);

/**
 * A UK VAT registration number: GB and 9 digits (12 for a branch trader), spaces allowed as people
 * write it ("GB 123 4567 89"); empty when the venue is not VAT registered.
 */
export const ZVatNumber = ZText.trim()
  .max(20)
  .refine(
    (value) => value === '' || /^GB(\d{9}|\d{12})$/.test(value.replace(/\s+/g, '').toUpperCase()),
    'A UK VAT number is GB followed by 9 digits (or 12), like GB123456789',
  );

/** Local hour a trading day starts: 4 → sales until 03:59 count for the evening before. */
export const ZBusinessDayStartHour = z
  .number()
  .int('A whole hour, 0 to 23')
  .min(0, 'A whole hour, 0 to 23')
  .max(23, 'A whole hour, 0 to 23');

const ZClock = ZText.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 07:30 (24-hour clock)');

/** Sunday = 0 … Saturday = 6, as JavaScript's Date counts them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** One day's hours. `closes` before `opens` runs past midnight (a bar open 18:00 to 02:00). */
export const ZOpeningPeriod = z
  .object({ day: z.number().int().min(0).max(6), opens: ZClock, closes: ZClock })
  .strict()
  .refine((period) => period.opens !== period.closes, {
    message: 'Opening and closing times must differ',
    path: ['closes'],
  });
export type TOpeningPeriod = z.infer<typeof ZOpeningPeriod>;

/** The week's hours, one entry per open day; a day left out is closed. */
export const ZOpeningHours = z
  .array(ZOpeningPeriod)
  .max(7)
  .refine((periods) => new Set(periods.map((p) => p.day)).size === periods.length, 'One entry per day')
  .transform((periods) => [...periods].sort((a, b) => a.day - b.day));
export type TOpeningHours = z.infer<typeof ZOpeningHours>;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days the venue is shut (bank holidays, a refit), as ISO dates; kept sorted, each once. */
export const ZClosedDates = z
  .array(
    ZText.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date like 2026-12-25').refine(isCalendarDate, 'Not a day on the calendar'),
  )
  .max(366, 'At most 366 closed dates')
  .transform((dates) => [...new Set(dates)].sort());

/** The time zones to offer: UK and Irish first, then every zone this runtime knows. */
export function timeZoneOptions(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['Europe/London', 'Europe/Dublin', ...all])];
}
