import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { voidOrderLine } from '@/lib/server/orders/void-order-line';

// POST /api/v1/orders/[id]/lines/[lineId]/void – void a line (manager approval once sent)
export const POST = route(api.voidOrderLine, async ({ db, actor, params, body, requestId, now }) => ({
  order: await voidOrderLine({ db, actor, orderId: params.id, lineId: params.lineId, input: body, requestId, now }),
}));
