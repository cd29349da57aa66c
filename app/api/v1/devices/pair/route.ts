import { api } from '@/lib/schemas/api';
import {
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceCookieName,
  serializeCookie,
  signDeviceCookie,
} from '@/lib/server/auth/cookies';
import { pairDevice } from '@/lib/server/devices/pair-device';
import { isSecureRequest } from '@/lib/server/http/client-address';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/pair – a manager pairs this browser as a till or kitchen screen
export const POST = route(api.pairDevice, async ({ db, actor, body, request, requestId, now, headers }) => {
  const device = await pairDevice({ db, actor, input: body, requestId, now });
  const secure = isSecureRequest(request);
  headers.append(
    'set-cookie',
    serializeCookie(deviceCookieName(secure), signDeviceCookie(device.id), DEVICE_COOKIE_MAX_AGE_SECONDS, secure),
  );
  return { device };
});
