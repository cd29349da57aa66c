import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { recordMenuChange } from './record-menu-change';

export type SaveStationOptions = {
  db: Db;
  actor: Actor;
  stationId?: string;
  name: string;
  requestId: string;
  now: Date;
};

/** Adds a kitchen/bar station or renames one. */
export async function saveStation({
  db,
  actor,
  stationId,
  name,
  requestId,
  now,
}: SaveStationOptions): Promise<{ id: string; name: string }> {
  assertPermission(actor, 'menu:manage');
  return db.$transaction(async (tx) => {
    if (!stationId) {
      const count = await tx.station.count({ where: { locationId: actor.locationId } });
      const station = await tx.station.create({
        data: { locationId: actor.locationId, name, sortOrder: count },
        select: { id: true, name: true },
      });
      await recordMenuChange(tx, actor, {
        action: 'menu.station_created',
        entityType: 'Station',
        entityId: station.id,
        after: station,
        requestId,
        now,
      });
      return station;
    }
    const before = await tx.station.findFirst({
      where: { id: stationId, locationId: actor.locationId },
      select: { id: true, name: true },
    });
    if (!before) throw new AppError('NOT_FOUND', { message: 'No such station at this location' });
    const station = await tx.station.update({
      where: { id: stationId },
      data: { name },
      select: { id: true, name: true },
    });
    await recordMenuChange(tx, actor, {
      action: 'menu.station_renamed',
      entityType: 'Station',
      entityId: stationId,
      before,
      after: station,
      requestId,
      now,
    });
    return station;
  });
}
