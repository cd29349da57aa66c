import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

/** What a new venue still has to do before its first service, each worked out from its data. */
export type SetupChecklist = {
  /** Anyone besides the person who set it up. */
  hasStaff: boolean;
  hasTables: boolean;
  hasMenuItems: boolean;
  /** A till or kitchen screen paired and not revoked. */
  hasDevices: boolean;
};

export async function getSetupChecklist({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<SetupChecklist> {
  assertPermission(actor, 'devices:manage');
  const where = { locationId: actor.locationId };
  const [staff, tables, items, devices] = await Promise.all([
    db.membership.count({ where }),
    db.table.count({ where }),
    db.item.count({ where }),
    db.device.count({ where: { ...where, revokedAt: null } }),
  ]);
  return { hasStaff: staff > 1, hasTables: tables > 0, hasMenuItems: items > 0, hasDevices: devices > 0 };
}
