import { api } from '@/lib/schemas/api';
import { pairWithCode } from '@/lib/server/devices/pair-with-code';
import { clientAddress } from '@/lib/server/http/client-address';
import { setDeviceCookie } from '@/lib/server/http/device-cookie';
import { route } from '@/lib/server/http/route';

// POST /api/v1/devices/pair-with-code – a new till pairs itself with a one-time code from the office
export const POST = route(api.pairWithCode, async ({ db, body, request, requestId, now, headers }) => {
  const device = await pairWithCode({ db, code: body.code, address: clientAddress(request), requestId, now });
  setDeviceCookie(headers, request, device.id);
  return { device };
});
