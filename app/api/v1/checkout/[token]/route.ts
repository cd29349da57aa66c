import { api } from '@/lib/schemas/api';
import { openPublicCheckout } from '@/lib/server/checkout/open-public-checkout';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { route } from '@/lib/server/http/route';

// GET /api/v1/checkout/{token} – the customer's phone opens its bill (public): the same limit,
// opening and reconcile as the pay page
export const GET = route(api.publicCheckout, async ({ db, params, query, request, now }) => {
  await limitPublicLookups(request, 'checkout', now);
  return { checkout: await openPublicCheckout({ db, token: params.token, fromBank: query.from === 'bank', now }) };
});
