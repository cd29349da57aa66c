import { api } from '@/lib/schemas/api';
import { deleteArea } from '@/lib/server/floor/delete-area';
import { updateArea } from '@/lib/server/floor/update-area';
import { route } from '@/lib/server/http/route';

// PATCH /api/v1/areas/[id] – rename an area or move its tab
export const PATCH = route(api.updateArea, ({ db, actor, params, body, idempotency, requestId, now }) =>
  updateArea({ db, actor, areaId: params.id, changes: body, idempotency, requestId, now }),
);

// DELETE /api/v1/areas/[id] – remove an area that has no tables left
export const DELETE = route(api.deleteArea, ({ db, actor, params, idempotency, requestId, now }) =>
  deleteArea({ db, actor, areaId: params.id, idempotency, requestId, now }),
);
