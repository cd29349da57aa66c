import { api } from '@/lib/schemas/api';
import { closeCashSession } from '@/lib/server/cash/close-cash-session';
import { route } from '@/lib/server/http/route';

// POST /api/v1/cash-sessions/{id}/close – count the drawer and close it
export const POST = route(api.closeCashSession, ({ db, actor, params, body, idempotency, requestId, now }) =>
  closeCashSession({ db, actor, sessionId: params.id, count: body, idempotency, requestId, now }),
);
