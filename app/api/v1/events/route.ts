import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { findEvents } from '@/lib/server/realtime/find-events';

// GET /api/v1/events?after=SEQ – the location's committed events after SEQ, in order
export const GET = route(api.events, async ({ db, actor, query }) =>
  findEvents(db, { locationId: actor.locationId, after: query.after, limit: query.limit }),
);
