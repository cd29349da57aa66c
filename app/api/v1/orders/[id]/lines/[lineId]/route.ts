import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { updateOrderLine } from '@/lib/server/orders/update-order-line';

// PATCH /api/v1/orders/[id]/lines/[lineId] – quantity, note, seat or course before send
export const PATCH = route(api.updateOrderLine, ({ db, actor, params, body, idempotency, requestId, now }) =>
  updateOrderLine({
    db,
    actor,
    orderId: params.id,
    lineId: params.lineId,
    input: body,
    idempotency,
    requestId,
    now,
  }),
);
