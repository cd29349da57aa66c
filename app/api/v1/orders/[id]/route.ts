import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getOrder } from '@/lib/server/orders/order-dto';
import { assertPermission } from '@/lib/server/permissions';

// GET /api/v1/orders/[id] – one order with its lines and totals
export const GET = route(api.getOrder, async ({ db, actor, params }) => {
  assertPermission(actor, 'orders:read');
  return { order: await getOrder(db, actor.locationId, params.id) };
});
