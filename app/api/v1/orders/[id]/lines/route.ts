import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { addOrderLines } from '@/lib/server/orders/add-order-lines';

// POST /api/v1/orders/[id]/lines – add items to an order
export const POST = route(api.addOrderLines, async ({ db, actor, params, body, requestId, now }) => ({
  order: await addOrderLines({ db, actor, orderId: params.id, input: body, requestId, now }),
}));
