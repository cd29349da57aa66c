import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { recallTicket } from '@/lib/server/kitchen/change-ticket';

// POST /api/v1/kitchen/tickets/{id}/recall – back onto the screen
export const POST = route(api.recallTicket, ({ db, actor, params, idempotency, requestId, now }) =>
  recallTicket({ db, actor, ticketId: params.id, idempotency, requestId, now }),
);
