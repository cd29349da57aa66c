import { api } from '@/lib/schemas/api';
import { cancelCheckout } from '@/lib/server/checkout/checkout-sessions';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';

// POST /api/v1/checkouts/{id}/cancel – call off an unpaid QR checkout
export const POST = route(api.cancelCheckout, async ({ db, actor, params, request, requestId, now }) => ({
  checkout: await cancelCheckout({
    db,
    actor,
    checkoutId: params.id,
    baseUrl: publicBaseUrl(request),
    requestId,
    now,
  }),
}));
