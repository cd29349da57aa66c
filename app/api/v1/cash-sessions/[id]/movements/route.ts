import { api } from '@/lib/schemas/api';
import { addCashMovement } from '@/lib/server/cash/add-cash-movement';
import { route } from '@/lib/server/http/route';

// POST /api/v1/cash-sessions/{id}/movements – pay in, pay out, safe drop, no sale
export const POST = route(api.cashMovement, ({ db, actor, params, body, idempotency, requestId, now }) =>
  addCashMovement({ db, actor, sessionId: params.id, movement: body, idempotency, requestId, now }),
);
