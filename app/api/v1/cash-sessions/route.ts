import { api } from '@/lib/schemas/api';
import { findCashSessions } from '@/lib/server/cash/find-cash-sessions';
import { openCashSession } from '@/lib/server/cash/open-cash-session';
import { route } from '@/lib/server/http/route';

// GET /api/v1/cash-sessions – the location's drawers
export const GET = route(api.listCashSessions, async ({ db, actor, query }) => ({
  cashSessions: await findCashSessions({ db, actor, status: query.status }),
}));

// POST /api/v1/cash-sessions – open this till's drawer with a float
export const POST = route(api.openCashSession, ({ db, actor, body, idempotency, requestId, now }) =>
  openCashSession({ db, actor, floatPence: body.floatPence, idempotency, requestId, now }),
);
