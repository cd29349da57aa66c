import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { ZOpeningHours } from '@/lib/schemas/location-hours';
import { AppError } from '@/lib/errors';
import type { TLocationSettings } from '@/lib/schemas/settings';
import type { z } from 'zod';
import type { ZUpdateLocationSettingsBody } from '@/lib/schemas/settings';
import type { Actor } from '../auth/actor';
import { RECEIPT_VENUE_SELECT } from '../receipts/receipt';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission } from '../permissions';

const SELECT = {
  ...RECEIPT_VENUE_SELECT,
  timezone: true,
  businessDayStartHour: true,
  openingHours: true,
  closedDates: true,
  tipsEnabled: true,
  tipPresetsBps: true,
  serviceChargeBps: true,
  cashierDiscountLimitBps: true,
  cashierRefundLimitPence: true,
  cashVarianceLimitPence: true,
  ticketWarnMinutes: true,
  ticketLateMinutes: true,
  tillIdleLockSeconds: true,
} as const;

type LocationRow = Prisma.LocationGetPayload<{ select: typeof SELECT }>;

/** The row as the API shows it: opening hours read back through their schema (JSON column). */
function toSettings(row: LocationRow): TLocationSettings {
  const hours = ZOpeningHours.safeParse(row.openingHours);
  return { ...row, openingHours: hours.success ? hours.data : null };
}

export async function getLocationSettings(db: DbOrTx, actor: Actor): Promise<TLocationSettings> {
  assertPermission(actor, 'settings:manage');
  return toSettings(await db.location.findUniqueOrThrow({ where: { id: actor.locationId }, select: SELECT }));
}

/** Changes some settings; audited with before and after. New bills use the new service charge. */
export async function updateLocationSettings(options: {
  db: Db;
  actor: Actor;
  input: z.infer<typeof ZUpdateLocationSettingsBody>;
  requestId: string;
  now: Date;
}): Promise<TLocationSettings> {
  const { db, actor, input, requestId, now } = options;
  assertPermission(actor, 'settings:manage');
  return writeTransaction(db, { now }, async (tx) => {
    const before = toSettings(await tx.location.findUniqueOrThrow({ where: { id: actor.locationId }, select: SELECT }));
    const warn = input.ticketWarnMinutes ?? before.ticketWarnMinutes;
    const late = input.ticketLateMinutes ?? before.ticketLateMinutes;
    if (warn >= late) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'The amber threshold must come before the red one',
        details: [{ path: 'ticketLateMinutes', message: 'Must be after ticketWarnMinutes' }],
      });
    }
    const { openingHours, ...rest } = input;
    const data: Prisma.LocationUpdateInput = {
      ...rest,
      // A JSON column is cleared with DbNull, not null.
      ...(openingHours === undefined ? {} : { openingHours: openingHours ?? Prisma.DbNull }),
    };
    const after = toSettings(await tx.location.update({ where: { id: actor.locationId }, data, select: SELECT }));
    await recordChange(tx, {
      by: actor,
      action: 'settings.updated',
      entity: { type: 'Location', id: actor.locationId },
      before: Object.fromEntries(Object.keys(input).map((key) => [key, before[key as keyof typeof before]])),
      after: input,
      requestId,
      now: now,
      events: [
        {
          locationId: actor.locationId,
          type: 'menu.updated',
          payload: { entityType: 'Location', entityId: actor.locationId, action: 'settings.updated' },
        },
      ],
    });
    return after;
  });
}
