import { getEnv } from '@/lib/env';

// GET /.well-known/apple-developer-merchantid-domain-association – Apple Pay's proof that this
// domain may take Apple Pay through Stripe (APPLE_PAY_DOMAIN_ASSOCIATION, from Stripe's dashboard).
export function GET(): Response {
  const file = getEnv().APPLE_PAY_DOMAIN_ASSOCIATION;
  if (!file) return new Response('Apple Pay is not set up here', { status: 404 });
  return new Response(file, { headers: { 'content-type': 'text/plain', 'cache-control': 'public, max-age=3600' } });
}

export const dynamic = 'force-dynamic';
