// The customer pay page's Content-Security-Policy: nonce-based and listing exactly what the page
// loads — our own scripts, and Stripe's only when the venue takes cards. Pure, so the till's proxy
// and the tests build the same policy.

/** Where Stripe.js and its iframes come from (https://docs.stripe.com/security/guide#content-security-policy). */
export const STRIPE_ORIGINS = {
  script: ['https://js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
  img: ['https://*.stripe.com'],
} as const;

/** The script sources the pay page may load, besides inline scripts carrying the nonce. */
export function payPageScriptSources(withStripe: boolean): string[] {
  return ["'self'", ...(withStripe ? STRIPE_ORIGINS.script : [])];
}

export function payPageCsp({ nonce, withStripe }: { nonce: string; withStripe: boolean }): string {
  const stripe = (list: readonly string[]) => (withStripe ? list : []);
  return [
    "default-src 'self'",
    ['script-src', ...payPageScriptSources(withStripe), `'nonce-${nonce}'`].join(' '),
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', ...stripe(STRIPE_ORIGINS.img)].join(' '),
    "font-src 'self'",
    // The live status comes from the realtime sidecar, on another port of the same host.
    ['connect-src', "'self'", 'ws:', 'wss:', ...stripe(STRIPE_ORIGINS.connect)].join(' '),
    ['frame-src', ...(withStripe ? STRIPE_ORIGINS.frame : ["'none'"])].join(' '),
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
