import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { receiptVenue } from '@/lib/domain/receipt';
import { ZOpeningHours } from '@/lib/schemas/location-hours';
import type { TMeResponse } from '@/lib/schemas/session';
import type { Actor } from '../auth/actor';
import { RECEIPT_VENUE_SELECT } from '../receipts/receipt';

export type GetMeOptions = { db: DbOrTx; actor: Actor };

/** Who is signed in, what they may do, and where (for the shells and the till's idle lock). */
export async function getMe({ db, actor }: GetMeOptions): Promise<TMeResponse> {
  const [user, location, device] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, name: true, email: true } }),
    db.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: {
        id: true,
        slug: true,
        tillIdleLockSeconds: true,
        cashierDiscountLimitBps: true,
        cashierRefundLimitPence: true,
        cashVarianceLimitPence: true,
        tipsEnabled: true,
        tipPresetsBps: true,
        serviceChargeBps: true,
        timezone: true,
        openingHours: true,
        closedDates: true,
        ...RECEIPT_VENUE_SELECT,
      },
    }),
    actor.deviceId
      ? db.device.findUnique({ where: { id: actor.deviceId }, select: { id: true, name: true, kind: true } })
      : null,
  ]);
  // A JSON column: read back through its schema, and shown as "no hours" when it does not fit.
  const hours = ZOpeningHours.safeParse(location.openingHours);
  // The venue's address and receipt lines travel as the receipt prints them, not as columns.
  const {
    addressLine1: _1,
    addressLine2: _2,
    city: _3,
    postcode: _4,
    phone: _5,
    vatNumber: _6,
    receiptFooter: _7,
    ...settings
  } = location;
  return {
    user,
    role: actor.role,
    permissions: [...actor.permissions],
    location: {
      ...settings,
      openingHours: hours.success ? hours.data : null,
      receiptVenue: receiptVenue(location),
    },
    device,
  };
}
