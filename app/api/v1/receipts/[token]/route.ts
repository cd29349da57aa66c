import { api } from '@/lib/schemas/api';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { route } from '@/lib/server/http/route';
import { getReceipt } from '@/lib/server/receipts/receipt';

// GET /api/v1/receipts/{token} – the customer's receipt (public)
export const GET = route(api.receipt, async ({ db, params, request, now }) => {
  await limitPublicLookups(request, 'receipt', now);
  return { receipt: await getReceipt(db, params.token) };
});
