import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { startTicket } from '@/lib/server/kitchen/change-ticket';

// POST /api/v1/kitchen/tickets/{id}/start – the kitchen has started it
export const POST = route(api.startTicket, async ({ db, actor, params, requestId, now }) => ({
  ticket: await startTicket({ db, actor, ticketId: params.id, requestId, now }),
}));
