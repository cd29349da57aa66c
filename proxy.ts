import { type NextRequest, NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { limitPublicLookups, publicLookupKindOf, tooManyLookupsPage } from '@/lib/server/http/public-lookup-limit';
import { payPageCsp } from '@/lib/security/pay-page-csp';
import { sandboxBankCsp } from '@/lib/security/staff-csp';

/**
 * Gives every request a request id (or keeps a well-formed one from the caller or a load
 * balancer), passes it to the route as `x-request-id` and returns it on the response, so one id
 * ties a till's complaint to the server's log lines — pages and next-auth included.
 *
 * The customer's pages found by token (/pay/…, /receipt/…) count against the same per-address
 * lookup budget as their API twins, here, before they render: a page cannot answer 429 itself.
 *
 * The customer pay page gets its own strict, nonce-based Content-Security-Policy (a fresh nonce per
 * request; Next puts it on its own inline scripts when it sees it in the request's CSP header).
 * The test bank's pages get the staff policy with PUBLIC_URL added to form-action: its Approve form
 * redirects the customer there, and form-action governs that redirect too. Every other page gets
 * the static policy from next.config.ts.
 *
 * Authorisation is never decided here: handlers and use cases check it themselves.
 */
export async function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const limited = await limitLookup(request);
  if (limited) {
    limited.headers.set('x-request-id', requestId);
    return limited;
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const csp = pagePolicy(request.nextUrl.pathname);
  if (csp) headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  if (csp) response.headers.set('content-security-policy', csp);
  return response;
}

/** The pay page's nonce policy, or the test bank's; null: next.config.ts's static policy applies. */
function pagePolicy(pathname: string): string | null {
  const env = getEnv();
  if (pathname.startsWith('/pay/')) {
    return payPageCsp({
      nonce: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))),
      withStripe: Boolean(env.STRIPE_PUBLISHABLE_KEY && env.STRIPE_SECRET_KEY),
    });
  }
  if (pathname.startsWith('/sandbox-bank/')) {
    return sandboxBankCsp({ isDev: env.NODE_ENV !== 'production', publicUrl: env.PUBLIC_URL });
  }
  return null;
}

/** A 429 page when this address has used up its lookups of pay or receipt pages; else null. */
async function limitLookup(request: NextRequest): Promise<Response | null> {
  const kind =
    request.method === 'GET' || request.method === 'HEAD' ? publicLookupKindOf(request.nextUrl.pathname) : null;
  if (!kind) return null;
  try {
    await limitPublicLookups(request, kind, new Date());
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'RATE_LIMITED') throw error;
    const { retryAfterSeconds } = error.details as { retryAfterSeconds: number };
    return tooManyLookupsPage(kind, retryAfterSeconds);
  }
}

export const config = {
  // /api/v1 is left out: its route wrapper gives every answer a request id itself, on the hot path
  // without the extra hop.
  matcher: ['/((?!_next/static|_next/image|icons/|favicon.ico|manifest.webmanifest|api/v1/).*)'],
};
