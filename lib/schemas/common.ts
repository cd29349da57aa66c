import { z } from 'zod';

export const ZUuid = z.uuid();
/** Money: integer pence, never a float. */
export const ZPence = z.number().int().nonnegative();
/** Rates: basis points (2000 = 20 %). */
export const ZBps = z.number().int().min(0).max(10_000);
/** A staff PIN: 4 to 6 digits. */
export const ZPin = z.string().regex(/^\d{4,6}$/, 'A PIN is 4 to 6 digits');
/** Manager approval given inline with the request that needs it. */
export const ZApproval = z.object({ pin: ZPin }).strict();

export const ZErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .meta({ id: 'Error' });

export const ZIdParams = z.object({ id: ZUuid }).strict();
