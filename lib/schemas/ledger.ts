// A payment as orders and payment answers show it (shared by orders.ts and payments.ts).
import { z } from 'zod';
import { ZPence, ZUuid } from './common';

export const ZPaymentMethod = z.enum(['CASH', 'CARD', 'WALLET', 'OPEN_BANKING']);
export const ZPaymentStatus = z.enum(['PENDING', 'AUTHORIZED', 'SUCCEEDED', 'FAILED', 'CANCELED', 'EXPIRED']);

export const ZPayment = z
  .object({
    id: ZUuid,
    orderId: ZUuid,
    method: ZPaymentMethod,
    status: ZPaymentStatus,
    /** Applied to the bill (tip excluded). */
    amountPence: ZPence,
    tipPence: ZPence,
    tenderedPence: ZPence.nullable(),
    changePence: ZPence.nullable(),
    refundedPence: ZPence,
    /** What may still be refunded: amount and tip, less refunds. */
    refundablePence: ZPence,
    needsRefundReview: z.boolean(),
    /** Refunds from this payment, oldest first (by item when lineIds are given). */
    refunds: z.array(
      z.object({
        id: ZUuid,
        amountPence: ZPence,
        reason: z.string(),
        status: z.enum(['PENDING', 'SUCCEEDED', 'FAILED']),
        lineIds: z.array(ZUuid),
        createdAt: z.iso.datetime(),
      }),
    ),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Payment' });
export type TPayment = z.infer<typeof ZPayment>;
