import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getLocationSettings, updateLocationSettings } from '@/lib/server/settings/location-settings';

// GET /api/v1/settings – the location's settings
export const GET = route(api.getSettings, async ({ db, actor }) => ({
  settings: await getLocationSettings(db, actor),
}));

// PATCH /api/v1/settings – change some of them
export const PATCH = route(api.updateSettings, async ({ db, actor, body, requestId, now }) => ({
  settings: await updateLocationSettings({ db, actor, input: body, requestId, now }),
}));
