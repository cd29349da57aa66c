import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { listRefundReview } from '@/lib/server/payments/refund-review';

// GET /api/v1/payments/refund-review – money to send back (arrived after its bill was settled)
export const GET = route(api.listRefundReview, async ({ db, actor }) => ({
  payments: await listRefundReview(db, actor),
}));
