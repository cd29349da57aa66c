import { api } from '@/lib/schemas/api';
import { createPairingCode } from '@/lib/server/devices/create-pairing-code';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/pairing-codes – a one-time code to type on a new till instead of signing in there
export const POST = route(api.createPairingCode, ({ db, actor, body, requestId, now }) =>
  createPairingCode({ db, actor, input: body, requestId, now }),
);
