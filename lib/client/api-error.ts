import type { ErrorCode } from '@/lib/errors';

/** An API failure as the UI sees it: a code to branch on and a message to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
