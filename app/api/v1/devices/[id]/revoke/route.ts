import { api } from '@/lib/schemas/api';
import { revokeDevice } from '@/lib/server/devices/revoke-device';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/[id]/revoke – unpair a device; its PIN sign-in and sessions stop at once
export const POST = route(api.revokeDevice, async ({ db, actor, params, requestId, now }) => ({
  device: await revokeDevice({ db, actor, deviceId: params.id, requestId, now }),
}));
