import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TArea } from '@/lib/schemas/floor';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

/** The location's areas in tab order, each with how many tables stand on it. */
export async function findAreas({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<{ areas: TArea[] }> {
  assertPermission(actor, 'orders:read');
  const areas = await db.area.findMany({
    where: { locationId: actor.locationId },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, sortOrder: true, _count: { select: { tables: { where: { removedAt: null } } } } },
  });
  return {
    areas: areas.map(({ _count, ...area }) => ({ ...area, tableCount: _count.tables })),
  };
}
