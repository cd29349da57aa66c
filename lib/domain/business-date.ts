/**
 * The trading day a moment belongs to, as YYYY-MM-DD in the venue's time zone. A day may be set to
 * start after midnight (e.g. 4 → a 1 a.m. sale counts towards the evening before), so a late
 * service is one day on the Z report and order numbers do not restart at midnight.
 */
export function businessDate(now: Date, timeZone: string, dayStartsAtHour = 0): string {
  const shifted = new Date(now.getTime() - dayStartsAtHour * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    shifted,
  );
}
