import { getAuthSecret } from '@/lib/env';
import { api } from '@/lib/schemas/api';
import { markDeviceSeen } from '@/lib/server/devices/mark-device-seen';
import { route } from '@/lib/server/http/route';
import { realtimeUrlFor } from '@/lib/server/realtime/realtime-url';
import { REALTIME_TOKEN_TTL_SECONDS, signRealtimeToken } from '@/lib/server/realtime/token';

// GET /api/v1/realtime/token – a short-lived token for the socket.io handshake, and where to connect
export const GET = route(api.realtimeToken, async ({ db, actor, request, now }) => {
  await markDeviceSeen(db, actor.deviceId, now);
  const exp = Math.floor(now.getTime() / 1000) + REALTIME_TOKEN_TTL_SECONDS;
  const token = signRealtimeToken(
    {
      sub: actor.userId,
      lid: actor.locationId,
      role: actor.role,
      sv: actor.sessionVersion,
      sid: actor.sessionId,
      did: actor.deviceId,
      exp,
    },
    getAuthSecret(),
  );
  return { token, url: realtimeUrlFor(request), expiresAt: new Date(exp * 1000).toISOString() };
});
