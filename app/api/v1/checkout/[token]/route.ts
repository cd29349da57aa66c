import { api } from '@/lib/schemas/api';
import { getPublicCheckout } from '@/lib/server/checkout/checkout-sessions';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { route } from '@/lib/server/http/route';

// GET /api/v1/checkout/{token} – the bill as the customer's phone shows it (public)
export const GET = route(api.publicCheckout, async ({ db, params, request, now }) => {
  await limitPublicLookups(request, 'checkout', now);
  return { checkout: await getPublicCheckout(db, params.token, now) };
});
