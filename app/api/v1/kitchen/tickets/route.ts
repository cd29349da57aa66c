import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { findTickets } from '@/lib/server/kitchen/find-tickets';

// GET /api/v1/kitchen/tickets – open tickets, oldest first, for a station or the whole pass
export const GET = route(api.kitchenTickets, async ({ db, actor, query }) => ({
  tickets: await findTickets({ db, actor, stationId: query.stationId, statuses: query.status }),
}));
