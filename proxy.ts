import { type NextRequest, NextResponse } from 'next/server';

/**
 * Gives every request a request id (or keeps a well-formed one from the caller or a load
 * balancer), passes it to the route as `x-request-id` and returns it on the response, so one id
 * ties a till's complaint to the server's log lines — pages and next-auth included.
 * Authorisation is never decided here: handlers and use cases check it themselves.
 */
export function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // /api/v1 is left out: its route wrapper gives every answer a request id itself, on the hot path
  // without the extra hop.
  matcher: ['/((?!_next/static|_next/image|icons/|favicon.ico|manifest.webmanifest|api/v1/).*)'],
};
