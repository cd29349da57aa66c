import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getFloorPlan } from '@/lib/server/menu/get-floor-plan';

// GET /api/v1/tables – the floor plan for the till's table picker
export const GET = route(api.tables, ({ db, actor }) => getFloorPlan({ db, actor }));
