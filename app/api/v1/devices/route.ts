import { api } from '@/lib/schemas/api';
import { findDevices } from '@/lib/server/devices/find-devices';
import { route } from '@/lib/server/http/route';

// GET /api/v1/devices – paired devices at this location (back office)
export const GET = route(api.listDevices, async ({ db, actor, now }) => ({
  devices: await findDevices({ db, actor, now }),
}));
