import { api } from '@/lib/schemas/api';
import { choosePinWithCode } from '@/lib/server/auth/choose-pin-with-code';
import { readAppCookie, verifyDeviceCookie } from '@/lib/server/auth/cookies';
import { route } from '@/lib/server/http/route';

// POST /api/v1/auth/choose-pin – on a paired till, a new starter's code from the office, then their own PIN
export const POST = route(api.choosePin, ({ db, body, request, requestId, now }) =>
  choosePinWithCode({
    db,
    deviceId: verifyDeviceCookie(readAppCookie(request.headers.get('cookie'), 'device')?.value),
    code: body.code,
    pin: body.pin,
    requestId,
    now,
  }),
);
