import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/** Maps anything thrown in a handler to an AppError; unknown errors become a generic 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    return new AppError('VALIDATION_FAILED', {
      message: 'The request does not match the schema',
      details: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code })),
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return new AppError('CONFLICT', { message: 'That already exists', cause: error });
    if (error.code === 'P2025') return new AppError('NOT_FOUND', { message: 'Not found', cause: error });
  }
  return new AppError('INTERNAL', {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    cause: error,
  });
}
