'use client';

import type { ChangeEvent } from 'react';
import type { SetupErrors, SetupFormValues } from '@/lib/client/setup-form';
import { OpeningHoursFields } from '../location/opening-hours-fields';
import { hourLabel, HOURS, TimeZoneSelect } from '../location/time-zone-select';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { PasswordMeter } from './password-meter';

export type StepProps = {
  form: SetupFormValues;
  errors: SetupErrors;
  onChange: (next: SetupFormValues) => void;
};

type TextKey = {
  [K in keyof SetupFormValues]: SetupFormValues[K] extends string ? K : never;
}[keyof SetupFormValues];

/** A box's id, value, message and change handler, for one text field of the form. */
function bind({ form, errors, onChange }: StepProps, key: TextKey) {
  return {
    id: `setup-${key}`,
    name: key,
    value: form[key],
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...form, [key]: event.target.value }),
  };
}

export function BusinessStep(props: StepProps) {
  return (
    <Field
      label="Business name"
      hint="Your company or trading name, as on invoices."
      maxLength={120}
      autoComplete="organization"
      autoFocus
      {...bind(props, 'organisationName')}
    />
  );
}

export function LocationStep(props: StepProps & { zones: readonly string[] }) {
  const { form, errors, onChange, zones } = props;
  const dayErrors = Object.fromEntries(
    Object.entries(errors).flatMap(([key, message]) =>
      key.startsWith('hours.') ? [[Number(key.slice(6)), message]] : [],
    ),
  );
  return (
    <div className="flex flex-col gap-5">
      <Field
        label="Location name"
        hint="What customers see on receipts and the pay page."
        maxLength={80}
        autoFocus
        {...bind(props, 'locationName')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Address line 1" maxLength={120} autoComplete="address-line1" {...bind(props, 'addressLine1')} />
        <Field
          label="Address line 2 (optional)"
          maxLength={120}
          autoComplete="address-line2"
          {...bind(props, 'addressLine2')}
        />
        <Field label="Town or city" maxLength={80} autoComplete="address-level2" {...bind(props, 'city')} />
        <Field label="Postcode" maxLength={12} autoComplete="postal-code" {...bind(props, 'postcode')} />
        <Field
          label="VAT number (optional)"
          hint="GB and 9 digits. Leave empty if not VAT registered."
          maxLength={20}
          placeholder="GB123456789"
          {...bind(props, 'vatNumber')}
        />
        <TimeZoneSelect label="Time zone" zones={zones} {...bind(props, 'timezone')} />
        <Select
          label="Trading day starts at"
          hint="Sales before this hour count for the evening before."
          id="setup-businessDayStartHour"
          value={String(form.businessDayStartHour)}
          error={errors.businessDayStartHour}
          onChange={(event) => onChange({ ...form, businessDayStartHour: Number(event.target.value) })}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {hourLabel(hour)}
            </option>
          ))}
        </Select>
      </div>
      <OpeningHoursFields
        idPrefix="setup-hours"
        rows={form.hours}
        errors={dayErrors}
        onChange={(hours) => onChange({ ...form, hours })}
      />
    </div>
  );
}

export function OwnerStep(props: StepProps) {
  return (
    <div className="flex flex-col gap-5">
      <p className="text-base text-ink-muted">
        The owner can do everything in the back office. You will add staff and their PINs next.
      </p>
      <Field label="Your name" maxLength={80} autoComplete="name" autoFocus {...bind(props, 'ownerName')} />
      <Field label="Email" type="email" maxLength={320} autoComplete="email" {...bind(props, 'email')} />
      <div className="flex flex-col gap-2">
        <Field
          label="Password"
          type="password"
          maxLength={200}
          autoComplete="new-password"
          hint="At least 10 characters. A few words you will remember make a strong one."
          {...bind(props, 'password')}
        />
        <PasswordMeter id="setup-password-strength" password={props.form.password} />
      </div>
    </div>
  );
}
