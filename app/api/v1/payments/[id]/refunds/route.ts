import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { refundPayment } from '@/lib/server/payments/refund-payment';

// POST /api/v1/payments/{id}/refunds – money back to the payment's method
export const POST = route(api.refundPayment, ({ db, actor, params, body, idempotency, requestId, now }) =>
  refundPayment({ db, actor, paymentId: params.id, input: body, idempotency, requestId, now }),
);
