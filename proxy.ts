import { type NextRequest, NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { payPageCsp } from '@/lib/security/pay-page-csp';

/**
 * Gives every request a request id (or keeps a well-formed one from the caller or a load
 * balancer), passes it to the route as `x-request-id` and returns it on the response, so one id
 * ties a till's complaint to the server's log lines — pages and next-auth included.
 *
 * The customer pay page gets its own strict, nonce-based Content-Security-Policy (a fresh nonce per
 * request; Next puts it on its own inline scripts when it sees it in the request's CSP header).
 * Every other page gets the static policy from next.config.ts.
 *
 * Authorisation is never decided here: handlers and use cases check it themselves.
 */
export function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const csp = request.nextUrl.pathname.startsWith('/pay/')
    ? payPageCsp({
        nonce: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))),
        withStripe: Boolean(getEnv().STRIPE_PUBLISHABLE_KEY && getEnv().STRIPE_SECRET_KEY),
      })
    : null;
  if (csp) headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  if (csp) response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // /api/v1 is left out: its route wrapper gives every answer a request id itself, on the hot path
  // without the extra hop.
  matcher: ['/((?!_next/static|_next/image|icons/|favicon.ico|manifest.webmanifest|api/v1/).*)'],
};
