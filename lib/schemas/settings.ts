// A location's settings a manager changes in the back office: the venue, when it trades,
// payments, kitchen and till.
import { z } from 'zod';
import { ZBps, ZPence, ZText } from './common';
import {
  ZBusinessDayStartHour,
  ZClosedDates,
  ZOpeningHours,
  ZOpeningPeriod,
  ZTimezone,
  ZVatNumber,
} from './location-hours';

export const ZLocationSettings = z
  .object({
    name: z.string(),
    addressLine1: z.string(),
    addressLine2: z.string(),
    city: z.string(),
    postcode: z.string(),
    phone: z.string(),
    vatNumber: z.string(),
    receiptFooter: z.string(),
    /** IANA time zone; the trading day and reports follow it. */
    timezone: z.string(),
    businessDayStartHour: z.number().int(),
    /** One entry per open weekday (0 = Sunday); null until someone says. */
    openingHours: z.array(ZOpeningPeriod).nullable(),
    /** ISO dates the venue is shut, sorted. */
    closedDates: z.array(z.string()),
    tipsEnabled: z.boolean(),
    /** Up to four preset tip percentages, basis points (1000 = 10 %). */
    tipPresetsBps: z.array(ZBps),
    /** Optional service charge on every bill, whatever the method (0 = none). */
    serviceChargeBps: ZBps,
    cashierDiscountLimitBps: ZBps,
    cashierRefundLimitPence: ZPence,
    cashVarianceLimitPence: ZPence,
    ticketWarnMinutes: z.number().int(),
    ticketLateMinutes: z.number().int(),
    tillIdleLockSeconds: z.number().int(),
  })
  .meta({ id: 'LocationSettings' });
export type TLocationSettings = z.infer<typeof ZLocationSettings>;

const text = (max: number) => ZText.trim().max(max);

export const ZUpdateLocationSettingsBody = z
  .object({
    name: text(80).min(1),
    addressLine1: text(120),
    addressLine2: text(120),
    city: text(80),
    postcode: text(12),
    phone: text(30),
    vatNumber: ZVatNumber,
    receiptFooter: text(200),
    timezone: ZTimezone,
    businessDayStartHour: ZBusinessDayStartHour,
    openingHours: ZOpeningHours.nullable(),
    closedDates: ZClosedDates,
    tipsEnabled: z.boolean(),
    tipPresetsBps: z
      .array(ZBps.min(1, 'A preset must be above 0 %').max(5000, 'A preset tip is at most 50 %'))
      .min(1)
      .max(4)
      .refine((presets) => new Set(presets).size === presets.length, 'Presets must differ'),
    serviceChargeBps: ZBps.max(2500, 'A service charge is at most 25 %'),
    cashierDiscountLimitBps: ZBps,
    cashierRefundLimitPence: ZPence.max(100_000),
    cashVarianceLimitPence: ZPence.max(100_000),
    ticketWarnMinutes: z.number().int().min(1).max(120),
    ticketLateMinutes: z.number().int().min(2).max(240),
    tillIdleLockSeconds: z.number().int().min(15).max(3600),
  })
  .partial()
  .strict()
  .refine(
    (body) =>
      body.ticketWarnMinutes === undefined ||
      body.ticketLateMinutes === undefined ||
      body.ticketWarnMinutes < body.ticketLateMinutes,
    { message: 'Amber must come before red', path: ['ticketLateMinutes'] },
  );

export const ZLocationSettingsResponse = z.object({ settings: ZLocationSettings });
