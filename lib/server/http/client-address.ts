import 'server-only';

/**
 * The caller's address for per-address limits: the first X-Forwarded-For hop (set by the proxy in
 * front of the app), else X-Real-IP. Trusted as given: run the app behind a proxy that sets it.
 */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'local';
}
