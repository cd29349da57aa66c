import 'server-only';
import { z } from 'zod';
import { InvalidTransitionError, OrderNotEditableError } from '@/lib/domain/order-state';
import { InvalidPricingError } from '@/lib/domain/pricing';
import { UnknownTicketLineError } from '@/lib/domain/ticket-state';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/** Maps anything thrown in a handler to an AppError; unknown errors become a generic 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof InvalidTransitionError || error instanceof OrderNotEditableError) {
    return new AppError('CONFLICT', { message: error.message, details: { reason: error.name }, cause: error });
  }
  if (error instanceof UnknownTicketLineError) {
    return new AppError('VALIDATION_FAILED', {
      message: error.message,
      details: [{ path: 'lineIds', message: 'Not a live item on this ticket', lineIds: error.lineIds }],
    });
  }
  if (error instanceof InvalidPricingError)
    return new AppError('VALIDATION_FAILED', { message: error.message, cause: error });
  if (error instanceof z.ZodError) {
    return new AppError('VALIDATION_FAILED', {
      message: 'The request does not match the schema',
      details: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code })),
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002' || rawErrorKind(error) === 'UniqueConstraintViolation')
      return new AppError('CONFLICT', { message: 'That already exists', cause: error });
    if (error.code === 'P2025') return new AppError('NOT_FOUND', { message: 'Not found', cause: error });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError('UNAVAILABLE', {
      message: 'The database is not reachable yet. Try again in a moment.',
      cause: error,
    });
  }
  return new AppError('INTERNAL', {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    cause: error,
  });
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P03']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|the database system is starting up/i;

/** Whether an error (or one of its causes) means the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  const meta = (error as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta, depth + 1);
}

/** The driver adapter's classification of a failed raw query (P2010), e.g. `UniqueConstraintViolation`. */
function rawErrorKind(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  if (error.code !== 'P2010') return undefined;
  return (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError?.cause
    ?.kind;
}
