import 'server-only';
import { AppError } from '@/lib/errors';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { clientAddress } from './client-address';

/**
 * Public pages are found by unguessable tokens; this caps lookups per address so nobody can try
 * them by the million (429 with Retry-After).
 */
export async function limitPublicLookups(request: Request, kind: 'receipt' | 'checkout', now: Date): Promise<void> {
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
