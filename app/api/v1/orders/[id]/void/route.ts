import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { voidOrder } from '@/lib/server/orders/void-order';

// POST /api/v1/orders/[id]/void – void an unpaid order
export const POST = route(api.voidOrder, ({ db, actor, params, body, idempotency, requestId, now }) =>
  voidOrder({ db, actor, orderId: params.id, input: body, idempotency, requestId, now }),
);
