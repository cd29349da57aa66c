import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { recallTicket } from '@/lib/server/kitchen/change-ticket';

// POST /api/v1/kitchen/tickets/{id}/recall – back onto the screen
export const POST = route(api.recallTicket, async ({ db, actor, params, requestId, now }) => ({
  ticket: await recallTicket({ db, actor, ticketId: params.id, requestId, now }),
}));
