import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveStation } from '@/lib/server/menu/save-station';

// PATCH /api/v1/stations/[id] – rename a station
export const PATCH = route(api.updateStation, async ({ db, actor, params, body, requestId, now }) => ({
  station: await saveStation({ db, actor, stationId: params.id, name: body.name, requestId, now }),
}));
