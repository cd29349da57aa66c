'use client';

import { dayName, type OpeningDayRow } from '@/lib/client/opening-hours-form';
import { Switch } from '../ui/switch';

export type OpeningHoursFieldsProps = {
  rows: OpeningDayRow[];
  onChange: (rows: OpeningDayRow[]) => void;
  /** Messages by day number (0 = Sunday). */
  errors?: Partial<Record<number, string>>;
  idPrefix: string;
};

const TIME_CLASS =
  'min-h-12 w-40 rounded-tile border border-line bg-surface-raised px-3 text-lg text-ink tabular aria-[invalid=true]:border-danger disabled:opacity-40';

/**
 * The week's hours, a row per day: an open/closed switch and the two times. A closing time before
 * the opening one runs past midnight.
 */
export function OpeningHoursFields({ rows, onChange, errors = {}, idPrefix }: OpeningHoursFieldsProps) {
  const update = (day: number, change: Partial<OpeningDayRow>) =>
    onChange(rows.map((row) => (row.day === day ? { ...row, ...change } : row)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="pb-1 text-base font-semibold text-ink">Opening hours</legend>
      <p className="pb-2 text-sm text-ink-muted">
        Switch off the days you are closed. A closing time earlier than the opening time runs past midnight.
      </p>
      {rows.map((row) => {
        const name = dayName(row.day);
        const error = errors[row.day];
        const errorId = error ? `${idPrefix}-${row.day}-error` : undefined;
        return (
          <div key={row.day} className="flex flex-col gap-1 border-t border-line py-2 first-of-type:border-0">
            <div className="grid grid-cols-[minmax(8rem,1fr)_auto_auto_auto_auto] items-center gap-3">
              <Switch label={name} checked={row.isOpen} onChange={(isOpen) => update(row.day, { isOpen })} />
              <label className="sr-only" htmlFor={`${idPrefix}-${row.day}-opens`}>
                {name} opens
              </label>
              <input
                id={`${idPrefix}-${row.day}-opens`}
                type="time"
                value={row.opens}
                disabled={!row.isOpen}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                onChange={(event) => update(row.day, { opens: event.target.value })}
                className={TIME_CLASS}
              />
              <span aria-hidden className="text-ink-muted">
                to
              </span>
              <label className="sr-only" htmlFor={`${idPrefix}-${row.day}-closes`}>
                {name} closes
              </label>
              <input
                id={`${idPrefix}-${row.day}-closes`}
                type="time"
                value={row.closes}
                disabled={!row.isOpen}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                onChange={(event) => update(row.day, { closes: event.target.value })}
                className={TIME_CLASS}
              />
            </div>
            {!row.isOpen ? <p className="text-sm text-ink-muted">Closed all day</p> : null}
            {error ? (
              <p id={errorId} className="text-sm text-danger">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
