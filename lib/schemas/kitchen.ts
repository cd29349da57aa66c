import { z } from 'zod';
import { ZText, ZUuid } from './common';

export const ZTicketStatus = z.enum(['NEW', 'IN_PROGRESS', 'READY', 'BUMPED', 'VOIDED']);

export const ZKitchenTicketsQuery = z
  .object({
    stationId: ZUuid.optional(),
    /** Comma-separated; default: the tickets still on the pass (NEW, IN_PROGRESS, READY). */
    status: ZText.optional()
      .transform((value) => (value ? value.split(',') : undefined))
      .pipe(z.array(ZTicketStatus).optional()),
  })
  .strict();

export const ZKitchenTicket = z
  .object({
    id: ZUuid,
    orderId: ZUuid,
    orderNumber: z.number().int(),
    orderType: z.enum(['DINE_IN', 'TAKEAWAY']),
    tableName: z.string().nullable(),
    stationId: ZUuid,
    status: ZTicketStatus,
    server: z.object({ id: ZUuid, name: z.string() }),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    readyAt: z.iso.datetime().nullable(),
    bumpedAt: z.iso.datetime().nullable(),
    lines: z.array(
      z.object({
        id: ZUuid,
        name: z.string(),
        quantity: z.number().int(),
        modifiers: z.array(z.string()),
        note: z.string(),
        seat: z.number().int().nullable(),
        course: z.number().int(),
        kitchenStatus: z.enum(['PENDING', 'SENT', 'READY', 'SERVED']),
        voided: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'KitchenTicket' });
export type TKitchenTicket = z.infer<typeof ZKitchenTicket>;

export const ZKitchenTicketsResponse = z.object({ tickets: z.array(ZKitchenTicket) });

export const ZTicketParams = z.object({ id: ZUuid }).strict();

/** Bump the whole ticket, or with `lineIds` only those items (the ticket goes when all are done). */
export const ZBumpTicketBody = z
  .object({ lineIds: z.array(ZUuid).min(1).max(100).optional() })
  .strict()
  .default({});

export const ZKitchenTicketResponse = z.object({ ticket: ZKitchenTicket });
