import 'server-only';
import { getEnv } from '@/lib/env';

/** Where customers reach the app: PUBLIC_URL when set, else the origin this request came to. */
export function publicBaseUrl(request: Request): string {
  return getEnv().PUBLIC_URL?.replace(/\/$/, '') ?? new URL(request.url).origin;
}
