import { AppError } from '@/lib/errors';
import { api } from '@/lib/schemas/api';
import { limitPublicLookups } from '@/lib/server/http/public-lookup-limit';
import { route } from '@/lib/server/http/route';
import { getStripeSettings } from '@/lib/server/payments/providers/stripe';
import { startCardPayment } from '@/lib/server/checkout/start-card-payment';

// POST /api/v1/checkout/{token}/card – the customer pays by Apple Pay, Google Pay or card (public)
export const POST = route(api.payByCard, async ({ db, params, body, request, idempotency, now }) => {
  await limitPublicLookups(request, 'checkout', now);
  const settings = getStripeSettings();
  if (!settings) {
    throw new AppError('CONFLICT', {
      message: 'This venue does not take cards here yet; pay by bank instead',
      details: { reason: 'CARDS_NOT_SET_UP' },
    });
  }
  return startCardPayment({ db, settings, token: params.token, tipPence: body.tipPence, idempotency, now });
});
