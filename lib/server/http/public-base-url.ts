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
