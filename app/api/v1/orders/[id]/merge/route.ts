import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { mergeOrders } from '@/lib/server/orders/merge-orders';

// POST /api/v1/orders/[id]/merge – merge another open order into this one
export const POST = route(api.mergeOrders, ({ db, actor, params, body, idempotency, requestId, now }) =>
  mergeOrders({
    db,
    actor,
    orderId: params.id,
    fromOrderId: body.fromOrderId,
    expectedVersion: body.version,
    idempotency,
    requestId,
    now,
  }),
);
