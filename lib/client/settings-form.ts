// The back-office settings form: settings shown as the text people type (percent, pounds,
// minutes), turned back into a patch of only what changed, checked with the API's own schema.
import { z } from 'zod';
import { formatPence, InvalidMoneyError, parsePounds } from '@/lib/domain/money';
import { formatBps, InvalidPercentError, parsePercent, percentText } from '@/lib/domain/percent';
import { type TLocationSettings, ZUpdateLocationSettingsBody } from '@/lib/schemas/settings';
import { hoursFromRows, type OpeningDayRow, rowsFromHours } from './opening-hours-form';
import type { LocationSettingsPatch } from './use-location-settings';

type Kind = 'text' | 'percent' | 'pounds' | 'minutes' | 'seconds' | 'hour';

/** Every setting typed into a box, and how its text is read. */
const KINDS = {
  name: 'text',
  addressLine1: 'text',
  addressLine2: 'text',
  city: 'text',
  postcode: 'text',
  phone: 'text',
  vatNumber: 'text',
  receiptFooter: 'text',
  timezone: 'text',
  businessDayStartHour: 'hour',
  serviceChargeBps: 'percent',
  cashierDiscountLimitBps: 'percent',
  cashierRefundLimitPence: 'pounds',
  cashVarianceLimitPence: 'pounds',
  ticketWarnMinutes: 'minutes',
  ticketLateMinutes: 'minutes',
  tillIdleLockSeconds: 'seconds',
} as const satisfies Record<
  Exclude<keyof TLocationSettings, 'tipsEnabled' | 'tipPresetsBps' | 'openingHours' | 'closedDates'>,
  Kind
>;

export type SettingsTextKey = keyof typeof KINDS;
const TEXT_KEYS = Object.keys(KINDS) as SettingsTextKey[];

/** The till shows at most this many tip buttons. */
export const TIP_PRESET_BOXES = 4;

export type SettingsFormValues = Record<SettingsTextKey, string> & {
  tipsEnabled: boolean;
  /** One text per box, TIP_PRESET_BOXES long; an empty box is no button. */
  tipPresetsBps: string[];
  /** A row per weekday, Monday first. */
  openingHours: OpeningDayRow[];
  /** ISO dates, as listed. */
  closedDates: string[];
};

/** Messages keyed by setting, or `tipPresetsBps.{box}` for one tip box. */
export type SettingsErrors = Partial<Record<string, string>>;

/** The words used for a setting when the server's message names it by its key. */
const SPOKEN: Partial<Record<keyof TLocationSettings, string>> = {
  ticketWarnMinutes: 'the amber time',
  ticketLateMinutes: 'the red time',
  tipPresetsBps: 'the tip presets',
  serviceChargeBps: 'the service charge',
};

function toText(kind: Kind, value: string | number): string {
  if (typeof value === 'string') return value;
  if (kind === 'percent') return percentText(value);
  if (kind === 'pounds') return formatPence(value).replace(/[£,]/g, '');
  return String(value);
}

export function settingsToForm(settings: TLocationSettings): SettingsFormValues {
  const text = {} as Record<SettingsTextKey, string>;
  for (const key of TEXT_KEYS) text[key] = toText(KINDS[key], settings[key]);
  const presets = settings.tipPresetsBps.map(percentText);
  return {
    ...text,
    tipsEnabled: settings.tipsEnabled,
    tipPresetsBps: Array.from({ length: TIP_PRESET_BOXES }, (_, box) => presets[box] ?? ''),
    openingHours: rowsFromHours(settings.openingHours),
    closedDates: [...settings.closedDates],
  };
}

const isSameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function isSettingsFormChanged(form: SettingsFormValues, baseline: TLocationSettings): boolean {
  const saved = settingsToForm(baseline);
  return (
    TEXT_KEYS.some((key) => form[key] !== saved[key]) ||
    form.tipsEnabled !== saved.tipsEnabled ||
    form.tipPresetsBps.some((text, box) => text !== saved.tipPresetsBps[box]) ||
    !isSameJson(form.openingHours, saved.openingHours) ||
    !isSameJson(form.closedDates, saved.closedDates)
  );
}

type Parsed = { value: string | number } | { error: string };

const PERCENT_HINT = 'Type a percentage, like 10 or 12.5';

function readPercent(text: string): Parsed {
  try {
    return { value: parsePercent(text) };
  } catch (error) {
    if (error instanceof InvalidPercentError) return { error: PERCENT_HINT };
    throw error;
  }
}

function parseText(key: SettingsTextKey, text: string): Parsed {
  const kind = KINDS[key];
  const trimmed = text.trim();
  if (kind === 'text') return { value: trimmed };
  // No service charge is the usual case, so an empty box means none.
  if (kind === 'percent') return key === 'serviceChargeBps' && !trimmed ? { value: 0 } : readPercent(trimmed);
  if (kind === 'pounds') {
    try {
      return { value: parsePounds(trimmed) };
    } catch (error) {
      if (error instanceof InvalidMoneyError) return { error: 'Type an amount in pounds, like 5.00' };
      throw error;
    }
  }
  if (kind === 'hour') return /^\d{1,2}$/.test(trimmed) ? { value: Number(trimmed) } : { error: 'Choose an hour' };
  if (!/^\d{1,5}$/.test(trimmed)) return { error: `Type a whole number of ${kind}` };
  return { value: Number(trimmed) };
}

export type SettingsPatchResult = {
  patch: LocationSettingsPatch;
  errors: SettingsErrors;
  /** Which box each sent tip preset came from (empty boxes are not sent), to place errors. */
  presetBoxes: number[];
};

/** Only the settings whose value changed, or the reasons the form cannot be saved yet. */
export function buildSettingsPatch(form: SettingsFormValues, baseline: TLocationSettings): SettingsPatchResult {
  const saved = settingsToForm(baseline);
  const patch: Record<string, unknown> = {};
  const errors: SettingsErrors = {};
  for (const key of TEXT_KEYS) {
    if (form[key] === saved[key]) continue;
    const parsed = parseText(key, form[key]);
    if ('error' in parsed) errors[key] = parsed.error;
    else if (parsed.value !== baseline[key]) patch[key] = parsed.value;
  }
  if (form.tipsEnabled !== baseline.tipsEnabled) patch.tipsEnabled = form.tipsEnabled;
  if (!isSameJson(form.openingHours, saved.openingHours)) patch.openingHours = hoursFromRows(form.openingHours);
  if (!isSameJson(form.closedDates, saved.closedDates)) patch.closedDates = form.closedDates;

  const filled = form.tipPresetsBps.flatMap((text, box) => (text.trim() ? [{ text, box }] : []));
  const presetBoxes = filled.map(({ box }) => box);
  const presets = filled.flatMap(({ text, box }) => {
    const parsed = readPercent(text);
    if ('error' in parsed) errors[`tipPresetsBps.${box}`] = parsed.error;
    return 'value' in parsed ? [Number(parsed.value)] : [];
  });
  const presetsChanged = form.tipPresetsBps.some((text, box) => text !== saved.tipPresetsBps[box]);
  if (presetsChanged && presets.length === filled.length && presets.join() !== baseline.tipPresetsBps.join()) {
    // With tips off the presets are kept for later; emptying them all then is not a change.
    if (presets.length > 0 || form.tipsEnabled) patch.tipPresetsBps = presets;
  }

  if (Object.keys(errors).length === 0) {
    const checked = ZUpdateLocationSettingsBody.safeParse(patch);
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const key = errorKey(issue.path, presetBoxes, form);
        errors[key] ??= describeIssue(key, issue);
      }
  }
  return { patch: patch as LocationSettingsPatch, errors, presetBoxes };
}

const ZErrorDetails = z.array(z.object({ path: z.string(), message: z.string() }));

/** The API's 422 details (`[{ path, message }]`) as messages beside their boxes. */
export function errorsFromDetails(details: unknown, presetBoxes: number[], form?: SettingsFormValues): SettingsErrors {
  const parsed = ZErrorDetails.safeParse(details);
  if (!parsed.success) return {};
  const errors: SettingsErrors = {};
  for (const { path, message } of parsed.data) {
    const key = errorKey(path.split('.'), presetBoxes, form);
    errors[key] ??= message.replace(/\b[a-z]+[A-Z]\w*\b/g, (word) => SPOKEN[word as keyof TLocationSettings] ?? word);
  }
  return errors;
}

/** An error's box: a setting, one tip box, or `form` when it belongs to no one box. */
function errorKey(path: readonly PropertyKey[], presetBoxes: number[], form?: SettingsFormValues): string {
  const [field, index] = path;
  if (field === 'openingHours') {
    const day = form ? hoursFromRows(form.openingHours)[Number(index)]?.day : undefined;
    return day === undefined ? 'openingHours' : `openingHours.${day}`;
  }
  if (field === 'closedDates') return 'closedDates';
  if (field === 'tipPresetsBps' && index !== undefined) {
    const box = presetBoxes[Number(index)];
    return box === undefined ? field : `${field}.${box}`;
  }
  if (field === 'tipsEnabled' || field === 'tipPresetsBps' || (typeof field === 'string' && field in KINDS))
    return field;
  return 'form';
}

function describeIssue(key: string, issue: z.core.$ZodIssue): string {
  // The schema's own messages are written for people; zod's defaults are not.
  if (!/^(Too (small|big)|Invalid)/.test(issue.message)) return issue.message;
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return 'Check this value';
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const side = issue.code === 'too_small' ? 'At least' : 'At most';
  if (issue.origin === 'string') {
    if (issue.code === 'too_big') return `${side} ${bound} characters`;
    return key === 'name' ? 'The venue needs a name' : 'Fill this in';
  }
  if (issue.origin === 'array')
    return issue.code === 'too_small' ? 'Keep at least one tip, or turn tips off' : `${side} ${bound} tips`;
  const [field = ''] = key.split('.');
  const kind = field === 'tipPresetsBps' ? 'percent' : field in KINDS ? KINDS[field as SettingsTextKey] : undefined;
  if (kind === 'percent') return `${side} ${formatBps(bound)}`;
  if (kind === 'pounds') return `${side} ${formatPence(bound)}`;
  if (kind === 'seconds') return `${side} ${bound} seconds`;
  if (kind === 'hour') return 'A whole hour, 0 to 23';
  return `${side} ${bound} minute${bound === 1 ? '' : 's'}`;
}
