import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getOrder } from '@/lib/server/orders/order-dto';
import { updateOrder } from '@/lib/server/orders/update-order';
import { assertPermission } from '@/lib/server/permissions';

// GET /api/v1/orders/[id] – one order with its lines and totals
export const GET = route(api.getOrder, async ({ db, actor, params }) => {
  assertPermission(actor, 'orders:read');
  return { order: await getOrder(db, actor.locationId, params.id) };
});

// PATCH /api/v1/orders/[id] – covers or customer name
export const PATCH = route(api.updateOrder, ({ db, actor, params, body, idempotency, requestId, now }) =>
  updateOrder({ db, actor, orderId: params.id, input: body, idempotency, requestId, now }),
);
