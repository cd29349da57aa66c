import { api } from '@/lib/schemas/api';
import { closeCashSession } from '@/lib/server/cash/cash-sessions';
import { route } from '@/lib/server/http/route';

// POST /api/v1/cash-sessions/{id}/close – count the drawer and close it
export const POST = route(api.closeCashSession, async ({ db, actor, params, body, requestId, now }) => ({
  cashSession: await closeCashSession({ db, actor, sessionId: params.id, count: body, requestId, now }),
}));
