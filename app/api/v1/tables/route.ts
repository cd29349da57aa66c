import { api } from '@/lib/schemas/api';
import { createTable } from '@/lib/server/floor/create-table';
import { route } from '@/lib/server/http/route';
import { getFloorPlan } from '@/lib/server/menu/get-floor-plan';

// GET /api/v1/tables – the floor plan for the till's Tables view and the office's editor
export const GET = route(api.tables, ({ db, actor }) => getFloorPlan({ db, actor }));

// POST /api/v1/tables – put a table on an area's grid
export const POST = route(api.createTable, ({ db, actor, body, idempotency, requestId, now }) =>
  createTable({ db, actor, table: body, idempotency, requestId, now }),
);
