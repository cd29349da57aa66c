import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { moveOrder } from '@/lib/server/orders/move-order';

// POST /api/v1/orders/[id]/move – move a dine-in order to another table
export const POST = route(api.moveOrder, ({ db, actor, params, body, idempotency, requestId, now }) =>
  moveOrder({
    db,
    actor,
    orderId: params.id,
    tableId: body.tableId,
    expectedVersion: body.version,
    idempotency,
    requestId,
    now,
  }),
);
