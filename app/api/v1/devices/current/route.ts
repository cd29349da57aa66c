import { AppError } from '@/lib/errors';
import { api } from '@/lib/schemas/api';
import { findCurrentDevice } from '@/lib/server/devices/find-current-device';
import { route } from '@/lib/server/http/route';

// GET /api/v1/devices/current – the device this browser is paired as (404 when unpaired)
export const GET = route(api.currentDevice, async ({ db, request, now }) => {
  const device = await findCurrentDevice({ db, cookieHeader: request.headers.get('cookie'), now });
  if (!device) throw new AppError('NOT_FOUND', { message: 'This browser is not paired as a till or kitchen screen' });
  return { device };
});
