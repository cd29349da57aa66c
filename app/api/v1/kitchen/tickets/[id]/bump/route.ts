import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { bumpTicket } from '@/lib/server/kitchen/change-ticket';

// POST /api/v1/kitchen/tickets/{id}/bump – the ticket (or some of its items) is ready
export const POST = route(api.bumpTicket, ({ db, actor, params, body, idempotency, requestId, now }) =>
  bumpTicket({ db, actor, ticketId: params.id, lineIds: body.lineIds, idempotency, requestId, now }),
);
