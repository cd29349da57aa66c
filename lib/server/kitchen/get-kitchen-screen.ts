import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Actor } from '../auth/actor';
import { getMenu } from '../menu/get-menu';
import { assertPermission } from '../permissions';

export type GetKitchenScreenOptions = { db: DbOrTx; actor: Actor };

/** What the kitchen display starts from: the stations to pick and the location's ticket-age thresholds. */
export async function getKitchenScreen({ db, actor }: GetKitchenScreenOptions) {
  assertPermission(actor, 'kitchen:read');
  const [{ stations }, location] = await Promise.all([
    getMenu({ db, actor }),
    db.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: { ticketWarnMinutes: true, ticketLateMinutes: true },
    }),
  ]);
  return {
    stations,
    thresholds: { warnMinutes: location.ticketWarnMinutes, lateMinutes: location.ticketLateMinutes },
  };
}
