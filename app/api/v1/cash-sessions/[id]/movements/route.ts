import { api } from '@/lib/schemas/api';
import { addCashMovement } from '@/lib/server/cash/cash-sessions';
import { route } from '@/lib/server/http/route';

// POST /api/v1/cash-sessions/{id}/movements – pay in, pay out, safe drop, no sale
export const POST = route(api.cashMovement, async ({ db, actor, params, body, requestId, now }) => ({
  cashSession: await addCashMovement({ db, actor, sessionId: params.id, movement: body, requestId, now }),
}));
