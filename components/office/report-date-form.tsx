import { LinkButton } from '../ui/link-button';

/** Pick a trading day (a plain GET form: works before any script loads); today is the X report. */
export function ReportDateForm({ date, isToday }: { date: string; isToday: boolean }) {
  return (
    <form method="get" action="/office/reports/z" className="flex flex-wrap items-end gap-3 print:hidden">
      <label className="flex flex-col gap-1.5 text-sm font-semibold text-ink">
        Trading day
        <input
          type="date"
          name="date"
          defaultValue={date}
          required
          className="tabular min-h-14 rounded-tile border border-line bg-surface-raised px-4 text-lg text-ink"
        />
      </label>
      <button
        type="submit"
        className="min-h-14 rounded-tile border border-line bg-surface-raised px-6 text-lg font-semibold text-ink hover:bg-surface-sunken"
      >
        Show
      </button>
      {isToday ? null : (
        <LinkButton variant="secondary" href="/office/reports/z">
          Today so far (X)
        </LinkButton>
      )}
    </form>
  );
}
