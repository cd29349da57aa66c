import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { addOrderLines } from '@/lib/server/orders/add-order-lines';

// POST /api/v1/orders/[id]/lines – add items to an order
export const POST = route(api.addOrderLines, ({ db, actor, params, body, idempotency, requestId, now }) =>
  addOrderLines({ db, actor, orderId: params.id, input: body, idempotency, requestId, now }),
);
