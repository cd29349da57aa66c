// The first-run setup wizard's form: what each step holds, the request it becomes, and each
// step checked with the API's own schema before moving on, so a mistake is shown where it was made.
import { z } from 'zod';
import { ZSetupBody } from '@/lib/schemas/setup';
import { defaultWeek, hoursFromRows, type OpeningDayRow } from './opening-hours-form';

export const SETUP_STEPS = ['business', 'location', 'owner', 'menu'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export type SetupFormValues = {
  organisationName: string;
  locationName: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  vatNumber: string;
  timezone: string;
  businessDayStartHour: number;
  hours: OpeningDayRow[];
  ownerName: string;
  email: string;
  password: string;
};

/** Messages keyed by form field (`hours.{day}` for one day's row, `form` for the rest). */
export type SetupErrors = Partial<Record<string, string>>;

export function emptySetupForm(): SetupFormValues {
  return {
    organisationName: '',
    locationName: '',
    addressLine1: '',
    addressLine2: '',
    city: '',
    postcode: '',
    vatNumber: '',
    timezone: 'Europe/London',
    businessDayStartHour: 4,
    hours: defaultWeek(),
    ownerName: '',
    email: '',
    password: '',
  };
}

type SetupRequest = z.input<typeof ZSetupBody>;

export function setupRequest(form: SetupFormValues, token: string, sampleMenu: boolean): SetupRequest {
  return {
    token,
    organisation: { name: form.organisationName },
    location: {
      name: form.locationName,
      timezone: form.timezone,
      address: { line1: form.addressLine1, line2: form.addressLine2, city: form.city, postcode: form.postcode },
      vatNumber: form.vatNumber,
      businessDayStartHour: form.businessDayStartHour,
      openingHours: hoursFromRows(form.hours),
    },
    owner: { name: form.ownerName, email: form.email, password: form.password },
    sampleMenu,
  };
}

/** Where an API field lives in the form. */
const FIELD_OF: Record<string, keyof SetupFormValues> = {
  'organisation.name': 'organisationName',
  'location.name': 'locationName',
  'location.address.line1': 'addressLine1',
  'location.address': 'addressLine1',
  'location.address.line2': 'addressLine2',
  'location.address.city': 'city',
  'location.address.postcode': 'postcode',
  'location.vatNumber': 'vatNumber',
  'location.timezone': 'timezone',
  'location.businessDayStartHour': 'businessDayStartHour',
  'owner.name': 'ownerName',
  'owner.email': 'email',
  'owner.password': 'password',
};

/** The form field an error path (`location.openingHours.2.closes`) belongs to. */
export function fieldOfPath(path: readonly PropertyKey[], form: SetupFormValues): string {
  const [part, field, index] = path.map(String);
  if (part === 'location' && field === 'openingHours') {
    const day = hoursFromRows(form.hours)[Number(index)]?.day;
    return day === undefined ? 'hours' : `hours.${day}`;
  }
  return FIELD_OF[path.map(String).join('.')] ?? FIELD_OF[`${part}.${field}`] ?? 'form';
}

/** The step a form field is on. */
export function stepOfField(field: string): SetupStep {
  if (field === 'organisationName') return 'business';
  if (['ownerName', 'email', 'password'].includes(field)) return 'owner';
  if (field === 'form') return 'menu';
  return 'location';
}

export function errorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  form: SetupFormValues,
): SetupErrors {
  const errors: SetupErrors = {};
  for (const issue of issues) errors[fieldOfPath(issue.path, form)] ??= issue.message;
  return errors;
}

const PART_OF_STEP = { business: 'organisation', location: 'location', owner: 'owner' } as const;

/** A step's mistakes, checked with the API's schema for that part of the request. */
export function checkStep(step: SetupStep, form: SetupFormValues): SetupErrors {
  if (step === 'menu') return {};
  const part = PART_OF_STEP[step];
  const request = setupRequest(form, '', false);
  const checked = ZSetupBody.shape[part].safeParse(request[part]);
  if (checked.success) return {};
  return errorsFromIssues(
    checked.error.issues.map((issue) => ({ ...issue, path: [part, ...issue.path] })),
    form,
  );
}

const ZErrorDetails = z.array(z.object({ path: z.string(), message: z.string() }));

/** The API's 422 details (`[{ path: 'owner.email', message }]`) as messages beside their boxes. */
export function errorsFromDetails(details: unknown, form: SetupFormValues): SetupErrors {
  const parsed = ZErrorDetails.safeParse(details);
  if (!parsed.success) return {};
  return errorsFromIssues(
    parsed.data.map(({ path, message }) => ({ path: path.split('.'), message })),
    form,
  );
}
