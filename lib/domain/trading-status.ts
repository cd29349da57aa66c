// Whether the venue is trading now, from its opening hours, closed dates and time zone, in words a
// cashier reads at a glance ("Open until 17:00", "Closed today: holiday"). Informational: the till
// never refuses a sale for it (a late table still pays), it only says so.

/** One weekday's hours as settings store them: `closes` before `opens` runs past midnight. */
export type OpeningPeriod = { day: number; opens: string; closes: string };

export type TradingStatus =
  | { state: 'open'; label: string }
  | { state: 'closed'; label: string }
  /** No hours set yet: nothing to say. */
  | { state: 'unknown'; label: null };

type LocalMoment = { date: string; day: number; minutes: number };

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

function localMoment(now: Date, timeZone: string): LocalMoment {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The ISO date a day before `date` (calendar arithmetic in UTC, free of any zone's clock changes). */
function dayBefore(date: string): string {
  const utc = new Date(`${date}T12:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() - 1);
  return utc.toISOString().slice(0, 10);
}

/**
 * The venue's state at `now`. A period that runs past midnight belongs to the day it opened: at
 * 01:00 on Saturday a bar open Friday 18:00–02:00 is open, unless Friday was a closed date.
 */
export function tradingStatus(
  hours: readonly OpeningPeriod[] | null,
  closedDates: readonly string[],
  timeZone: string,
  now: Date,
): TradingStatus {
  if (!hours) return { state: 'unknown', label: null };
  let local: LocalMoment;
  try {
    local = localMoment(now, timeZone);
  } catch {
    // A zone this browser does not know: say nothing rather than take the till down.
    return { state: 'unknown', label: null };
  }
  const closed = new Set(closedDates);

  const yesterday = hours.find((period) => period.day === (local.day + 6) % 7);
  if (
    yesterday &&
    minutesOf(yesterday.closes) < minutesOf(yesterday.opens) &&
    local.minutes < minutesOf(yesterday.closes) &&
    !closed.has(dayBefore(local.date))
  )
    return { state: 'open', label: `Open until ${yesterday.closes}` };

  if (closed.has(local.date)) return { state: 'closed', label: 'Closed today: holiday' };
  const today = hours.find((period) => period.day === local.day);
  if (!today) return { state: 'closed', label: 'Closed today' };
  const opens = minutesOf(today.opens);
  const closes = minutesOf(today.closes);
  if (local.minutes < opens) return { state: 'closed', label: `Opens at ${today.opens}` };
  if (closes < opens || local.minutes < closes) return { state: 'open', label: `Open until ${today.closes}` };
  return { state: 'closed', label: `Closed since ${today.closes}` };
}
