import { api } from '@/lib/schemas/api';
import { createArea } from '@/lib/server/floor/create-area';
import { findAreas } from '@/lib/server/floor/find-areas';
import { route } from '@/lib/server/http/route';

// GET /api/v1/areas – the floor plan's areas (tabs) in order
export const GET = route(api.listAreas, ({ db, actor }) => findAreas({ db, actor }));

// POST /api/v1/areas – add an area: a new tab on the floor plan
export const POST = route(api.createArea, ({ db, actor, body, idempotency, requestId, now }) =>
  createArea({ db, actor, name: body.name, idempotency, requestId, now }),
);
