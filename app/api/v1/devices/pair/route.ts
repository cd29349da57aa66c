import { api } from '@/lib/schemas/api';
import { pairDevice } from '@/lib/server/devices/pair-device';
import { setDeviceCookie } from '@/lib/server/http/device-cookie';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/pair – a manager pairs this browser as a till or kitchen screen
export const POST = route(api.pairDevice, async ({ db, actor, body, request, requestId, now, headers }) => {
  const device = await pairDevice({ db, actor, input: body, requestId, now });
  setDeviceCookie(headers, request, device.id);
  return { device };
});
