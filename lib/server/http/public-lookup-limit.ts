import 'server-only';
import { AppError } from '@/lib/errors';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { clientAddress } from './client-address';

export type PublicLookupKind = 'receipt' | 'checkout';

/**
 * Public pages are found by unguessable tokens; this caps lookups per address so nobody can try
 * them by the million (429 with Retry-After). One budget per kind and address, shared by the API
 * (its route handler) and the page (proxy.ts, before the page renders).
 */
export async function limitPublicLookups(request: Request, kind: PublicLookupKind, now: Date): Promise<void> {
  const limit = await getRateLimiter().hit(
    `${kind}:${clientAddress(request)}`,
    RATE_LIMITS.publicTokenLookupsPerAddress,
    now,
  );
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', {
      message: 'Too many lookups; wait a minute',
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  }
}

/** Which public lookup a page path is (`/pay/{token}`, `/receipt/{token}`), if any. */
export function publicLookupKindOf(pathname: string): PublicLookupKind | null {
  if (/^\/pay\/[^/]+\/?$/.test(pathname)) return 'checkout';
  if (/^\/receipt\/[^/]+\/?$/.test(pathname)) return 'receipt';
  return null;
}

const AGAIN: Record<PublicLookupKind, string> = {
  checkout: 'Wait a minute, then scan the QR code again.',
  receipt: 'Wait a minute, then open your receipt link again.',
};

/** The page a limited visitor gets instead: a real 429 with Retry-After, plain and self-contained. */
export function tooManyLookupsPage(kind: PublicLookupKind, retryAfterSeconds: number): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Too many tries</title></head><body style="margin:0;font:18px/1.5 ui-sans-serif,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d1b16;background:#fff"><main style="max-width:28rem;margin:0 auto;padding:40vh 1.5rem 0;text-align:center"><h1 style="font-size:1.5rem">Too many tries</h1><p>${AGAIN[kind]}</p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
