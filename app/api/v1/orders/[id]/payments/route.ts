import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { takePayment } from '@/lib/server/payments/take-payment';

// POST /api/v1/orders/{id}/payments – take cash against the bill
export const POST = route(api.takePayment, async ({ db, actor, params, body, request, requestId, now }) =>
  takePayment({
    db,
    actor,
    orderId: params.id,
    input: body,
    idempotencyKey: request.headers.get('idempotency-key'),
    requestId,
    now,
  }),
);
