'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import {
  buildSettingsPatch,
  errorsFromDetails,
  isSettingsFormChanged,
  type SettingsErrors,
  settingsToForm,
} from '@/lib/client/settings-form';
import { useUpdateLocationSettings } from '@/lib/client/use-location-settings';
import type { TLocationSettings } from '@/lib/schemas/settings';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { HoursFields } from './hours-fields';
import { KitchenFields, TillFields } from './kitchen-till-fields';
import { PaymentFields } from './payment-fields';
import { VenueFields } from './venue-fields';

const SAVED_MESSAGE = 'Saved — tills use the new settings on their next bill';

/**
 * The location's settings on one page with one Save: only what changed is sent, checked first with
 * the API's own schema, and any refusal is shown beside the box it is about.
 */
export function SettingsForm({ initial, zones }: { initial: TLocationSettings; zones: readonly string[] }) {
  const save = useUpdateLocationSettings();
  const [baseline, setBaseline] = useState(initial);
  const [form, setForm] = useState(() => settingsToForm(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [problem, setProblem] = useState<string>();
  const [isSaved, setIsSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);
  const isChanged = isSettingsFormChanged(form, baseline);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby$="-error"] input')
      ?.focus();
  }, [errors]);

  useEffect(() => {
    if (!isChanged) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isChanged]);

  function showErrors(next: SettingsErrors) {
    const { form: general, ...fields } = next;
    focusFirstError.current = true;
    setErrors(fields);
    setProblem(general);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    const { patch, errors: found, presetBoxes } = buildSettingsPatch(form, baseline);
    if (Object.keys(found).length) return showErrors(found);
    setErrors({});
    setProblem(undefined);
    try {
      const settings = Object.keys(patch).length ? (await save.mutateAsync(patch)).settings : baseline;
      setBaseline(settings);
      setForm(settingsToForm(settings));
      setIsSaved(true);
    } catch (error) {
      if (!(error instanceof ApiError)) return setProblem('Could not save. Try again.');
      const fromServer = error.status === 422 ? errorsFromDetails(error.details, presetBoxes, form) : {};
      showErrors(Object.keys(fromServer).length ? fromServer : { form: error.message });
    }
  }

  function change(next: typeof form) {
    setForm(next);
    setIsSaved(false);
    setProblem(undefined);
    // A box's message stays until that box (or the one it is compared with) is edited.
    const isEdited = (key: string) => [key, ...(LINKED[key] ?? [])].some((k) => !isSame(pick(next, k), pick(form, k)));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !isEdited(key))));
  }

  function discard() {
    setForm(settingsToForm(baseline));
    setErrors({});
    setProblem(undefined);
  }

  const fieldErrorCount = Object.keys(errors).length;
  const sections = { form, errors, onChange: change };
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-8 [&_input]:scroll-mt-36 [&_textarea]:scroll-mt-36 [&_button]:scroll-mt-36"
    >
      <div className="sticky top-0 z-10 -mx-8 -mt-4 flex min-h-20 items-center justify-end gap-4 border-b border-line bg-surface px-8 py-3">
        <div aria-live="polite" className="mr-auto">
          {fieldErrorCount ? (
            <Notice tone="error">
              {fieldErrorCount === 1 ? 'One setting needs' : `${fieldErrorCount} settings need`} a fix before saving:
              see the message under the box.
            </Notice>
          ) : problem ? (
            <Notice tone="error">{problem}</Notice>
          ) : isSaved ? (
            <Notice tone="success">{SAVED_MESSAGE}</Notice>
          ) : (
            <p role="status" className="text-base text-ink-muted">
              {isChanged ? 'You have unsaved changes.' : 'No unsaved changes.'}
            </p>
          )}
        </div>
        <Button type="button" variant="secondary" size="lg" disabled={!isChanged || save.isPending} onClick={discard}>
          Discard changes
        </Button>
        <Button type="submit" size="lg" disabled={!isChanged} busy={save.isPending}>
          Save changes
        </Button>
      </div>
      <div className="flex max-w-[1120px] flex-col gap-8">
        <VenueFields {...sections} />
        <HoursFields {...sections} zones={zones} />
        <PaymentFields {...sections} />
        <KitchenFields {...sections} />
        <TillFields {...sections} />
      </div>
    </form>
  );
}

/** Boxes whose message may come from another box: red is checked against amber. */
const LINKED: Partial<Record<string, string[]>> = { ticketLateMinutes: ['ticketWarnMinutes'] };

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The part of the form an error key is about (`tipPresetsBps.2` → the third tip box). */
function pick(form: ReturnType<typeof settingsToForm>, key: string): unknown {
  const [field, box] = key.split('.');
  // Opening-hours messages are keyed by weekday, not by row.
  if (field === 'openingHours' && box !== undefined) return form.openingHours.find((row) => row.day === Number(box));
  const value = form[field as keyof typeof form];
  return box === undefined || !Array.isArray(value) ? value : value[Number(box)];
}
