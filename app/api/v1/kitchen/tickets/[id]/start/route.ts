import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { startTicket } from '@/lib/server/kitchen/change-ticket';

// POST /api/v1/kitchen/tickets/{id}/start – the kitchen has started it
export const POST = route(api.startTicket, ({ db, actor, params, idempotency, requestId, now }) =>
  startTicket({ db, actor, ticketId: params.id, idempotency, requestId, now }),
);
