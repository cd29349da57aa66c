import { api } from '@/lib/schemas/api';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { emailReceipt } from '@/lib/server/receipts/email-receipt';

// POST /api/v1/orders/{id}/receipt/email – send the receipt to the customer's address
export const POST = route(api.emailReceipt, async ({ db, actor, params, body, request }) =>
  emailReceipt({ db, actor, orderId: params.id, email: body.email, baseUrl: publicBaseUrl(request) }),
);
