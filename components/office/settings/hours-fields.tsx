'use client';

import { useState } from 'react';
import { OpeningHoursFields } from '../../location/opening-hours-fields';
import { hourLabel, HOURS, TimeZoneSelect } from '../../location/time-zone-select';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { settingInputId, type SettingsFieldsProps } from './field-binding';
import { SettingsSection } from './settings-section';

const spokenDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Bank holidays and other days off: a date box, Add, and the list with a Remove on each. */
function ClosedDates({ form, errors, onChange }: SettingsFieldsProps) {
  const [date, setDate] = useState('');
  const id = settingInputId('closedDates');
  const error = errors.closedDates;
  function add() {
    if (!date || form.closedDates.includes(date)) return setDate('');
    onChange({ ...form, closedDates: [...form.closedDates, date].sort() });
    setDate('');
  }
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="pb-1 text-base font-semibold text-ink">Closed dates</legend>
      <p className="text-sm text-ink-muted">Bank holidays and other days you are shut, whatever the hours say.</p>
      <div className="flex items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={id} className="text-sm font-semibold text-ink">
            Date
          </label>
          <input
            id={id}
            type="date"
            value={date}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDate(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            className="min-h-12 rounded-tile border border-line bg-surface-raised px-3 text-lg text-ink aria-[invalid=true]:border-danger"
          />
        </div>
        <Button type="button" variant="secondary" size="lg" disabled={!date} onClick={add}>
          Add closed date
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {form.closedDates.length ? (
        <ul className="flex flex-wrap gap-2">
          {form.closedDates.map((day) => (
            <li key={day} className="flex items-center gap-1 rounded-tile border border-line bg-surface py-1 pl-3 pr-1">
              <span className="tabular text-base text-ink">{spokenDate(day)}</span>
              <Button
                type="button"
                variant="ghost"
                aria-label={`Remove ${spokenDate(day)}`}
                onClick={() => onChange({ ...form, closedDates: form.closedDates.filter((d) => d !== day) })}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">No closed dates.</p>
      )}
    </fieldset>
  );
}

/** When the venue trades: its time zone, when a trading day starts, its week and its days off. */
export function HoursFields(props: SettingsFieldsProps & { zones: readonly string[] }) {
  const { form, errors, onChange, zones } = props;
  const dayErrors = Object.fromEntries(
    Object.entries(errors).flatMap(([key, message]) =>
      key.startsWith('openingHours.') ? [[Number(key.slice('openingHours.'.length)), message]] : [],
    ),
  );
  return (
    <SettingsSection
      id="hours"
      title="Opening hours & trading day"
      description={
        <p>
          Reports and order numbers follow the trading day, in the venue’s time zone. Tills pick up changes at once.
        </p>
      }
    >
      <div className="grid grid-cols-2 gap-4">
        <TimeZoneSelect
          label="Time zone"
          zones={zones}
          id={settingInputId('timezone')}
          name="timezone"
          value={form.timezone}
          error={errors.timezone}
          onChange={(event) => onChange({ ...form, timezone: event.target.value })}
        />
        <Select
          label="Trading day starts at"
          hint="Sales before this hour count for the evening before."
          id={settingInputId('businessDayStartHour')}
          name="businessDayStartHour"
          value={form.businessDayStartHour}
          error={errors.businessDayStartHour}
          onChange={(event) => onChange({ ...form, businessDayStartHour: event.target.value })}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={String(hour)}>
              {hourLabel(hour)}
            </option>
          ))}
        </Select>
      </div>
      {errors.openingHours ? <p className="text-sm text-danger">{errors.openingHours}</p> : null}
      <OpeningHoursFields
        idPrefix="setting-openingHours"
        rows={form.openingHours}
        errors={dayErrors}
        onChange={(openingHours) => onChange({ ...form, openingHours })}
      />
      <ClosedDates {...props} />
    </SettingsSection>
  );
}
