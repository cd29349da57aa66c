import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * Where a browser reaches the realtime sidecar: REALTIME_PUBLIC_URL when set (behind a proxy that
 * routes /socket.io), otherwise the host the page was loaded from on REALTIME_PORT — so an iPad on
 * the café's network that opened http://192.168.1.20:3000 connects to http://192.168.1.20:3001.
 */
export function realtimeUrlFor(request: Request): string {
  const env = getEnv();
  if (env.REALTIME_PUBLIC_URL) return env.REALTIME_PUBLIC_URL;
  const url = new URL(request.url);
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? `${forwardedProto}:` : url.protocol;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const hostname = new URL(`${protocol}//${host}`).hostname;
  return `${protocol}//${hostname.includes(':') ? `[${hostname}]` : hostname}:${env.REALTIME_PORT}`;
}
