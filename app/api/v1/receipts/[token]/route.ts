import { AppError } from '@/lib/errors';
import { api } from '@/lib/schemas/api';
import { clientAddress } from '@/lib/server/http/client-address';
import { route } from '@/lib/server/http/route';
import { getRateLimiter, RATE_LIMITS } from '@/lib/server/rate-limit';
import { getReceipt } from '@/lib/server/receipts/receipt';

// GET /api/v1/receipts/{token} – the customer's receipt (public)
export const GET = route(api.receipt, async ({ db, params, request, now }) => {
  const limit = await getRateLimiter().hit(
    `receipt:${clientAddress(request)}`,
    RATE_LIMITS.publicTokenLookupsPerAddress,
    now,
  );
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', {
      message: 'Too many lookups; wait a minute',
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  }
  return { receipt: await getReceipt(db, params.token) };
});
