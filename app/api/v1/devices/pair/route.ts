import { api } from '@/lib/schemas/api';
import {
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceCookieName,
  serializeCookie,
  signDeviceCookie,
} from '@/lib/server/auth/cookies';
import { pairDevice } from '@/lib/server/devices/pair-device';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/pair – a manager pairs this browser as a till or kitchen screen
export const POST = route(api.pairDevice, async ({ db, actor, body, requestId, now, headers }) => {
  const device = await pairDevice({ db, actor, input: body, requestId, now });
  headers.append(
    'set-cookie',
    serializeCookie(deviceCookieName(), signDeviceCookie(device.id), DEVICE_COOKIE_MAX_AGE_SECONDS),
  );
  return { device };
});
