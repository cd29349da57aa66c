import { api } from '@/lib/schemas/api';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { getReceiptLink } from '@/lib/server/receipts/receipt';

// GET /api/v1/orders/{id}/receipt – the receipt link and its QR code
export const GET = route(api.receiptLink, async ({ db, actor, params, request }) =>
  getReceiptLink(db, actor, params.id, publicBaseUrl(request)),
);
