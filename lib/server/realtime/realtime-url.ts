import 'server-only';
import { getEnv } from '@/lib/env';
import { requestOrigin } from '../http/client-address';

/**
 * Where a browser reaches the realtime sidecar: REALTIME_PUBLIC_URL when set (behind a proxy that
 * routes /socket.io), otherwise the host the page was loaded from on REALTIME_PORT — so an iPad on
 * the café's network that opened http://192.168.1.20:3000 connects to http://192.168.1.20:3001.
 */
export function realtimeUrlFor(request: Request): string {
  const env = getEnv();
  if (env.REALTIME_PUBLIC_URL) return env.REALTIME_PUBLIC_URL;
  const { protocol, hostname } = new URL(requestOrigin(request));
  return `${protocol}//${hostname}:${env.REALTIME_PORT}`;
}
