import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { takePayment } from '@/lib/server/payments/take-payment';

// POST /api/v1/orders/{id}/payments – take cash against the bill
export const POST = route(api.takePayment, ({ db, actor, params, body, idempotency, requestId, now }) =>
  takePayment({
    db,
    actor,
    orderId: params.id,
    input: body,
    idempotency,
    requestId,
    now,
  }),
);
