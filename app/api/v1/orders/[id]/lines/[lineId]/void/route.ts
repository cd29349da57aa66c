import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { voidOrderLine } from '@/lib/server/orders/void-order-line';

// POST /api/v1/orders/[id]/lines/[lineId]/void – void a line (manager approval once sent)
export const POST = route(api.voidOrderLine, ({ db, actor, params, body, idempotency, requestId, now }) =>
  voidOrderLine({
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
