import 'server-only';
import { AppError } from '@/lib/errors';
import { clientAddress } from '../http/client-address';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';

/** Caps setup requests per address (429 with Retry-After), like every public endpoint. */
export async function limitSetupAttempts(request: Request, now: Date): Promise<void> {
  const limit = await getRateLimiter().hit(`setup:${clientAddress(request)}`, RATE_LIMITS.setupAttemptsPerAddress, now);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', {
      message: 'Too many setup attempts; wait a few minutes',
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  }
}
