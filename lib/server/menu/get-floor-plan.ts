import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TTablesResponse } from '@/lib/schemas/menu';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

/** Areas and tables of the actor's location, in display order. */
export async function getFloorPlan({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<TTablesResponse> {
  assertPermission(actor, 'orders:read');
  const areas = await db.area.findMany({
    where: { locationId: actor.locationId },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    include: {
      tables: {
        where: { removedAt: null },
        orderBy: [{ y: 'asc' }, { x: 'asc' }],
        select: { id: true, name: true, seats: true, x: true, y: true, width: true, height: true, shape: true },
      },
    },
  });
  return {
    areas: areas.map((area) => ({ id: area.id, name: area.name, sortOrder: area.sortOrder, tables: area.tables })),
  };
}
