import { api } from '@/lib/schemas/api';
import { renameDevice } from '@/lib/server/devices/rename-device';
import { route } from '@/lib/server/http/route';

// PATCH /api/v1/devices/[id] – rename a paired till or kitchen screen
export const PATCH = route(api.renameDevice, ({ db, actor, params, body, idempotency, requestId, now }) =>
  renameDevice({ db, actor, deviceId: params.id, name: body.name, idempotency, requestId, now }),
);
