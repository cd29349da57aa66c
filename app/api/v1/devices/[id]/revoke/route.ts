import { api } from '@/lib/schemas/api';
import { revokeDevice } from '@/lib/server/devices/revoke-device';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/[id]/revoke – unpair a device; its PIN sign-in and sessions stop at once
export const POST = route(api.revokeDevice, ({ db, actor, params, idempotency, requestId, now }) =>
  revokeDevice({ db, actor, deviceId: params.id, idempotency, requestId, now }),
);
