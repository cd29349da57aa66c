import { describe, expect, it } from 'vitest';
import { payPageCsp, payPageScriptSources } from './pay-page-csp';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the pay page CSP', () => {
  it('without Stripe: scripts from this origin and the nonce only; no frames; never framed', () => {
    const csp = payPageCsp({ nonce: 'abc123', withStripe: false });
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(directive(csp, 'frame-src')).toEqual(["'none'"]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain('stripe');
  });

  it('with Stripe: adds exactly js.stripe.com for scripts, and Stripe’s frames and API', () => {
    const csp = payPageCsp({ nonce: 'n', withStripe: true });
    expect(directive(csp, 'script-src')).toEqual(["'self'", 'https://js.stripe.com', "'nonce-n'"]);
    expect(directive(csp, 'frame-src')).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
    expect(directive(csp, 'connect-src')).toContain('https://api.stripe.com');
    expect(payPageScriptSources(true)).toEqual(["'self'", 'https://js.stripe.com']);
  });
});
