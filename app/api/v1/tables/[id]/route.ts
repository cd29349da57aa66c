import { api } from '@/lib/schemas/api';
import { deleteTable } from '@/lib/server/floor/delete-table';
import { updateTable } from '@/lib/server/floor/update-table';
import { route } from '@/lib/server/http/route';

// PATCH /api/v1/tables/[id] – move, resize, rename or reshape a table
export const PATCH = route(api.updateTable, ({ db, actor, params, body, idempotency, requestId, now }) =>
  updateTable({ db, actor, tableId: params.id, changes: body, idempotency, requestId, now }),
);

// DELETE /api/v1/tables/[id] – take a table off the floor plan (never one with an open order)
export const DELETE = route(api.deleteTable, ({ db, actor, params, idempotency, requestId, now }) =>
  deleteTable({ db, actor, tableId: params.id, idempotency, requestId, now }),
);
