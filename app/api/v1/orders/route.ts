import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { createOrder } from '@/lib/server/orders/create-order';
import { findOrders } from '@/lib/server/orders/find-orders';

// GET /api/v1/orders – open orders (or ?status=…), optionally by table, by staff or by trading day
export const GET = route(api.listOrders, async ({ db, actor, query }) => ({
  orders: await findOrders({
    db,
    actor,
    statuses: query.status,
    tableId: query.tableId,
    createdById: query.createdById,
    businessDate: query.businessDate,
  }),
}));

// POST /api/v1/orders – open an order (Idempotency-Key required)
export const POST = route(api.createOrder, ({ db, actor, body, idempotency, requestId, now }) =>
  createOrder({ db, actor, input: body, idempotency, requestId, now }),
);
