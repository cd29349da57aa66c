import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { refundPayment } from '@/lib/server/payments/refund-payment';

// POST /api/v1/payments/{id}/refunds – money back to the payment's method
export const POST = route(api.refundPayment, async ({ db, actor, params, body, requestId, now }) =>
  refundPayment({ db, actor, paymentId: params.id, input: body, requestId, now }),
);
