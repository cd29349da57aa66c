import { api } from '@/lib/schemas/api';
import { getCheckout } from '@/lib/server/checkout/checkout-sessions';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';

// GET /api/v1/checkouts/{id} – one QR checkout as the till shows it
export const GET = route(api.getCheckout, async ({ db, actor, params, request, now }) => ({
  checkout: await getCheckout({ db, actor, checkoutId: params.id, baseUrl: publicBaseUrl(request), now }),
}));
