// Opening hours as a form shows them: one row per weekday, Monday first, with an open/closed
// switch, turned into the API's list (a closed day is simply left out) and back.
import { type TOpeningPeriod, WEEKDAYS } from '@/lib/schemas/location-hours';

export type OpeningDayRow = { day: number; isOpen: boolean; opens: string; closes: string };

/** Monday to Sunday, as a UK week is read (JavaScript counts Sunday as 0). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export const dayName = (day: number) => WEEKDAYS[day] ?? `Day ${day}`;

/** A café's usual week until someone says otherwise: open every day 08:00 to 17:00. */
export function defaultWeek(): OpeningDayRow[] {
  return WEEK_ORDER.map((day) => ({ day, isOpen: true, opens: '08:00', closes: '17:00' }));
}

/** The rows for saved hours; none saved yet shows the default week. */
export function rowsFromHours(hours: readonly TOpeningPeriod[] | null): OpeningDayRow[] {
  if (!hours) return defaultWeek();
  return WEEK_ORDER.map((day) => {
    const period = hours.find((entry) => entry.day === day);
    return period ? { day, isOpen: true, ...pick(period) } : { day, isOpen: false, opens: '08:00', closes: '17:00' };
  });
}

const pick = ({ opens, closes }: TOpeningPeriod) => ({ opens, closes });

/** The API's list: open days only, Sunday first as stored. */
export function hoursFromRows(rows: readonly OpeningDayRow[]): TOpeningPeriod[] {
  return rows
    .filter((row) => row.isOpen)
    .map(({ day, opens, closes }) => ({ day, opens, closes }))
    .sort((a, b) => a.day - b.day);
}
