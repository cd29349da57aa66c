import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveStation } from '@/lib/server/menu/save-station';

// POST /api/v1/stations – add a kitchen or bar station
export const POST = route(api.createStation, async ({ db, actor, body, requestId, now }) => ({
  station: await saveStation({ db, actor, name: body.name, requestId, now }),
}));
