import { api } from '@/lib/schemas/api';
import { createCheckout } from '@/lib/server/checkout/checkout-sessions';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';

// POST /api/v1/orders/{id}/checkout – a QR checkout for the customer's phone
export const POST = route(api.createCheckout, ({ db, actor, params, body, request, idempotency, requestId, now }) =>
  createCheckout({
    db,
    actor,
    orderId: params.id,
    amountPence: body.amountPence,
    baseUrl: publicBaseUrl(request),
    idempotency,
    requestId,
    now,
  }),
);
