import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/actor';
import { recordChange } from '../outbox/record-change';

export type MenuChange = {
  action: string;
  entityType: 'Category' | 'Item' | 'ModifierGroup' | 'Station';
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  requestId: string;
  now: Date;
};

/** Every menu edit is audited and tells every till to refetch the menu (`menu.updated`). */
export async function recordMenuChange(tx: DbOrTx, actor: Actor, change: MenuChange) {
  await recordChange(tx, {
    audit: {
      organisationId: actor.organisationId,
      locationId: actor.locationId,
      actorUserId: actor.userId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before,
      after: change.after,
      requestId: change.requestId,
      createdAt: change.now,
    },
    events: [
      {
        locationId: actor.locationId,
        type: 'menu.updated',
        payload: { entityType: change.entityType, entityId: change.entityId, action: change.action },
      },
    ],
  });
}
