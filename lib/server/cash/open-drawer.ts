import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Actor } from '../auth/actor';

/**
 * The cash drawer this actor's cash goes into: the open session of their till (or, for a session
 * without a paired device, the location's open deviceless drawer). Null when none is open: the
 * cash is still taken (never refuse money on a Friday night), recorded against the till, and joins
 * the next drawer that till opens; until then the Z report shows it as "not in a drawer yet".
 */
export async function findOpenDrawerId(tx: DbOrTx, actor: Actor): Promise<string | null> {
  const drawer = await tx.cashSession.findFirst({
    where: { locationId: actor.locationId, deviceId: actor.deviceId, closedAt: null },
    select: { id: true },
  });
  return drawer?.id ?? null;
}
