import type { ChangeEvent } from 'react';
import type { SettingsErrors, SettingsFormValues, SettingsTextKey } from '@/lib/client/settings-form';

/** What each section of the settings form is given. */
export type SettingsFieldsProps = {
  form: SettingsFormValues;
  errors: SettingsErrors;
  onChange: (next: SettingsFormValues) => void;
};

/** A stable id per box (`tipPresetsBps.2` → `setting-tipPresetsBps-2`), so errors can move focus. */
export const settingInputId = (key: string) => `setting-${key.replace('.', '-')}`;

/** The props that tie a Field or TextAreaField to one typed setting. */
export function bindText({ form, errors, onChange }: SettingsFieldsProps, key: SettingsTextKey) {
  return {
    id: settingInputId(key),
    name: key,
    value: form[key],
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...form, [key]: event.target.value }),
  };
}
