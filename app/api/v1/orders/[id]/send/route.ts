import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { sendOrder } from '@/lib/server/orders/send-order';

// POST /api/v1/orders/[id]/send – send unsent lines to the kitchen, one ticket per station
export const POST = route(api.sendOrder, ({ db, actor, params, body, idempotency, requestId, now }) =>
  sendOrder({ db, actor, orderId: params.id, expectedVersion: body.version, idempotency, requestId, now }),
);
