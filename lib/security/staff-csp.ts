// The Content-Security-Policy of every page but the customer's pay page (which has its own,
// nonce-based: pay-page-csp.ts). Pure, so next.config.ts and proxy.ts build the same policy.

/**
 * Next's inline bootstrap scripts need 'unsafe-inline' without nonces; everything else is locked
 * to this origin. `formActionOrigins`: where else a form on the page may lead (the test bank's
 * Approve form redirects to the café's PUBLIC_URL, which may be another origin than the page's).
 */
export function staffCsp({ isDev, formActionOrigins = [] }: { isDev: boolean; formActionOrigins?: string[] }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The realtime sidecar listens on REALTIME_PORT of whichever host the page came from (a till on
    // the café's LAN may use an IP), so its websocket origin is not known when this is built.
    "connect-src 'self' ws: wss:",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    ['form-action', "'self'", ...formActionOrigins].join(' '),
  ].join('; ');
}

/** The test bank's pages: the same policy, and its form may lead back to PUBLIC_URL's origin. */
export function sandboxBankCsp({ isDev, publicUrl }: { isDev: boolean; publicUrl: string | undefined }) {
  return staffCsp({ isDev, formActionOrigins: publicUrl ? [new URL(publicUrl).origin] : [] });
}
