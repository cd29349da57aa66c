// One error type for everything a caller can get wrong, and the one map from its code to HTTP.
// lib/domain throws its own typed errors (no HTTP knowledge); toAppError() translates them.

/** Error codes a client may branch on. Keep the list short; details carry the specifics. */
export const ERROR_STATUS = {
  /** The body is not valid JSON, or a header is malformed. */
  BAD_REQUEST: 400,
  /** No valid session. */
  UNAUTHENTICATED: 401,
  /** Signed in, but this role, device or approval may not do it. */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** An illegal state transition, a stale version, or an Idempotency-Key reused with another body. */
  CONFLICT: 409,
  /** A single-use link that was used already or has expired: ask for a new one. */
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  /** Mutations accept only application/json. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Well-formed JSON that breaks the schema or a business rule. */
  VALIDATION_FAILED: 422,
  /** Too many attempts; `details.retryAfterSeconds` says when to try again. */
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** A payment provider (bank, Stripe) refused or did not answer; nothing was charged. */
  PROVIDER_UNAVAILABLE: 502,
  /** The database (or another dependency) is not ready yet. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, options: { message: string; details?: unknown; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** Reads an error body from any response; used by the client so errors are parsed in one place. */
export function parseErrorBody(value: unknown): ErrorBody['error'] | null {
  if (typeof value !== 'object' || value === null || !('error' in value)) return null;
  const error = (value as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, details } = error as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string' || !(code in ERROR_STATUS)) return null;
  return { code: code as ErrorCode, message, details };
}
