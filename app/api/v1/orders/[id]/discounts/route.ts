import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { addDiscount } from '@/lib/server/orders/add-discount';

// POST /api/v1/orders/[id]/discounts – discount a line or the order
export const POST = route(api.addDiscount, ({ db, actor, params, body, idempotency, requestId, now }) =>
  addDiscount({ db, actor, orderId: params.id, input: body, idempotency, requestId, now }),
);
