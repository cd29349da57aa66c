import 'server-only';
import { getEnv } from '@/lib/env';
import { requestOrigin } from './client-address';

/**
 * Where customers reach the app (pay and receipt links, bank return addresses): PUBLIC_URL when
 * set, else the origin this request came to — a till opened at http://192.168.1.20:3000 hands out
 * links on http://192.168.1.20:3000 that a phone on the café's network can open.
 */
export function publicBaseUrl(request: Request): string {
  return getEnv().PUBLIC_URL?.replace(/\/$/, '') ?? requestOrigin(request);
}

/**
 * Where links that open an account point (password resets asked for by anyone): PUBLIC_URL, or —
 * outside production only — the origin the request came to. A Host header is the caller's word,
 * so in production a reset mailed to the victim could otherwise point at the caller's own site
 * and hand them the token; null there means no such link may be sent until PUBLIC_URL is set.
 */
export function accountLinkBaseUrl(request: Request): string | null {
  const env = getEnv();
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/\/$/, '');
  return env.NODE_ENV === 'production' ? null : requestOrigin(request);
}
