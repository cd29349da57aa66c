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
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Payment' });
export type TPayment = z.infer<typeof ZPayment>;
