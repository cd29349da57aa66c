import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TCashSession } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { toCashSessionDto } from './cash-session-dto';

/** The location's drawers, newest first (open ones, or closed, or all). */
export async function findCashSessions(options: {
  db: DbOrTx;
  actor: Actor;
  status?: 'OPEN' | 'CLOSED';
}): Promise<TCashSession[]> {
  const { db, actor, status } = options;
  assertPermission(actor, 'cash:manage');
  const sessions = await db.cashSession.findMany({
    where: {
      locationId: actor.locationId,
      ...(status === 'OPEN' ? { closedAt: null } : status === 'CLOSED' ? { closedAt: { not: null } } : {}),
    },
    orderBy: { openedAt: 'desc' },
    take: 50,
    select: { id: true },
  });
  return Promise.all(sessions.map((session) => toCashSessionDto(db, session.id)));
}
