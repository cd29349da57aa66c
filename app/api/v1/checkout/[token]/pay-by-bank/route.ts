import { api } from '@/lib/schemas/api';
import { startPayByBank } from '@/lib/server/checkout/pay-by-bank';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { getOpenBankingProvider } from '@/lib/server/payments/providers';

// POST /api/v1/checkout/{token}/pay-by-bank – the customer chose pay by bank (public)
export const POST = route(api.payByBank, async ({ db, params, body, request, idempotency, now }) => {
  await limitPublicLookups(request, 'checkout', now);
  return startPayByBank({
    db,
    provider: getOpenBankingProvider(db),
    token: params.token,
    bankId: body.bankId,
    tipPence: body.tipPence,
    baseUrl: publicBaseUrl(request),
    idempotency,
    now,
  });
});
