// First-run setup: the one request that turns an empty database into a venue with an owner.
import { z } from 'zod';
import { ZText, ZUuid } from './common';
import { ZNewPassword } from './password';
import { ZBusinessDayStartHour, ZOpeningHours, ZTimezone, ZVatNumber } from './location-hours';

const text = (max: number) => ZText.trim().max(max, `At most ${max} characters`);
const name = (max: number, missing: string) => text(max).min(1, missing);

/** The address as its parts, or one line as people type it (kept as the first address line). */
const ZSetupAddress = z.union([
  text(120),
  z
    .object({
      line1: text(120).optional(),
      line2: text(120).optional(),
      city: text(80).optional(),
      postcode: text(12).optional(),
    })
    .strict(),
]);

export const ZSetupBody = z
  .object({
    /** The secret from the setup link `npm start` printed. Missing or wrong: 403. */
    token: ZText.max(256).default(''),
    organisation: z.object({ name: name(120, 'The business needs a name') }).strict(),
    location: z
      .object({
        name: name(80, 'The location needs a name'),
        timezone: ZTimezone.default('Europe/London'),
        address: ZSetupAddress.optional(),
        phone: text(30).optional(),
        vatNumber: ZVatNumber.optional(),
        businessDayStartHour: ZBusinessDayStartHour.optional(),
        openingHours: ZOpeningHours.optional(),
      })
      .strict(),
    owner: z
      .object({
        name: name(80, 'Your name, please'),
        email: ZText.trim().toLowerCase().max(320).pipe(z.email('An email address, like you@example.com')),
        password: ZNewPassword,
      })
      .strict(),
    /** Start from the sample café menu (stations, menu, floor) rather than an empty one. */
    sampleMenu: z.boolean().default(false),
  })
  .strict();
export type TSetupBody = z.infer<typeof ZSetupBody>;

export const ZSetupStatusResponse = z.object({ needed: z.boolean() }).meta({ id: 'SetupStatus' });

export const ZSetupResponse = z
  .object({
    organisation: z.object({ id: ZUuid, name: z.string() }),
    location: z.object({ id: ZUuid, name: z.string(), slug: z.string() }),
    owner: z.object({ id: ZUuid, name: z.string(), email: z.string() }),
  })
  .meta({ id: 'SetupResult' });
export type TSetupResponse = z.infer<typeof ZSetupResponse>;
