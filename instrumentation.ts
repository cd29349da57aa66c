// Runs once when a Next.js server starts: a missing or invalid setting stops it with a clear
// message instead of failing the first request (also for `next start` run without the launcher),
// and every incoming request gets its connection's real address stamped (lib/server/http/peer-stamp.ts).
export async function register() {
  // eslint-disable-next-line no-restricted-syntax -- Next inlines NEXT_RUNTIME at build time
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getAuthSecret, getEnv } = await import('./lib/env');
  getEnv();
  getAuthSecret();
  const { stampPeerAddresses } = await import('./lib/server/http/peer-stamp');
  stampPeerAddresses();
}
