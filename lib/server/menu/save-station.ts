import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { menuUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';

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
  return writeTransaction(db, { now }, async (tx) => {
    if (!stationId) {
      const count = await tx.station.count({ where: { locationId: actor.locationId } });
      const station = await tx.station.create({
        data: { locationId: actor.locationId, name, sortOrder: count },
        select: { id: true, name: true },
      });
      await recordChange(tx, {
        by: actor,
        action: 'menu.station_created',
        entity: { type: 'Station', id: station.id },
        after: station,
        requestId,
        now,
        events: [menuUpdatedEvent(actor.locationId, { type: 'Station', id: station.id }, 'menu.station_created')],
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
    await recordChange(tx, {
      by: actor,
      action: 'menu.station_renamed',
      entity: { type: 'Station', id: stationId },
      before,
      after: station,
      requestId,
      now,
      events: [menuUpdatedEvent(actor.locationId, { type: 'Station', id: stationId }, 'menu.station_renamed')],
    });
    return station;
  });
}
