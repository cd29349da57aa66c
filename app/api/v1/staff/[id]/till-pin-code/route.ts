import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { makeTillPinCode } from '@/lib/server/staff/make-till-pin-code';

// POST /api/v1/staff/[id]/till-pin-code – a one-time code for the person to choose their PIN on a till
export const POST = route(api.createTillPinCode, ({ db, actor, params, requestId, now }) =>
  makeTillPinCode({ db, actor, userId: params.id, requestId, now }),
);
