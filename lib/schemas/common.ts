import { z } from 'zod';

/** A UTF-16 surrogate without its other half: not a character, and not valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL can store a string: text cannot hold a NUL byte (22021) and JSON cannot hold a
 * lone surrogate (22P02), so either would otherwise fail deep inside a write as a 500.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Every string a request carries (body, query or params) is built from this, so a NUL byte or a
 * lone surrogate is a 422 naming the field. A test walks the API contract to keep it so.
 */
export const ZText = z.string().refine(isStorableText, {
  message: 'Text cannot contain NUL characters or unpaired surrogates',
});

export const ZUuid = z.uuid();
/** Money: integer pence, never a float. */
export const ZPence = z.number().int().nonnegative();
/** Rates: basis points (2000 = 20 %). */
export const ZBps = z.number().int().min(0).max(10_000);
/** A staff PIN: 4 to 6 digits. */
export const ZPin = ZText.regex(/^\d{4,6}$/, 'A PIN is 4 to 6 digits');
/** Manager approval given inline with the request that needs it. */
export const ZApproval = z.object({ pin: ZPin }).strict();

export const ZErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .meta({ id: 'Error' });

export const ZIdParams = z.object({ id: ZUuid }).strict();
