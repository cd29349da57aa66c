import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TOrder } from '@/lib/schemas/orders';
import type { Actor } from '../auth/actor';
import { type OutboxEventInput, recordChange } from '../outbox/record-change';
import { orderUpdatedEvent } from '../write/events';

export type RecordOrderChangeOptions = {
  tx: DbOrTx;
  actor: Actor;
  order: TOrder;
  /** dotted verb for the audit log, e.g. `order.lines_added` */
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  approvedById?: string | null;
  requestId: string;
  now: Date;
  /** Further events of the same change (e.g. new tickets), written in the same statement. */
  events?: OutboxEventInput[];
};

/** The audit row and the `order.updated` event every order change ends with, in its transaction. */
export async function recordOrderChange({
  tx,
  actor,
  order,
  action,
  before,
  after,
  approvedById,
  requestId,
  now,
  events = [],
}: RecordOrderChangeOptions) {
  await recordChange(tx, {
    audit: {
      organisationId: actor.organisationId,
      locationId: actor.locationId,
      actorUserId: actor.userId,
      deviceId: actor.deviceId,
      action,
      entityType: 'Order',
      entityId: order.id,
      before,
      after,
      approvedById,
      requestId,
      createdAt: now,
    },
    events: [orderUpdatedEvent(actor.locationId, order, action), ...events],
  });
}
