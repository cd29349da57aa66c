// Customer QR checkout (design.md §6, §8): the till makes a session, the customer's phone reads it.
import { z } from 'zod';
import { ZPence, ZText, ZUuid } from './common';

export const ZCheckoutStatus = z.enum(['CREATED', 'OPENED', 'AT_BANK', 'PAID', 'FAILED', 'EXPIRED', 'CANCELED']);

export const ZCreateCheckoutBody = z
  .object({
    /** A share of the bill (split); default: everything still due. */
    amountPence: z.number().int().min(1).max(10_000_000).optional(),
  })
  .strict()
  .default({});

export const ZCheckout = z
  .object({
    id: ZUuid,
    orderId: ZUuid,
    token: z.string(),
    /** PUBLIC_URL/pay/{token}, what the QR code holds. */
    url: z.string(),
    qrSvg: z.string(),
    status: ZCheckoutStatus,
    amountPence: ZPence,
    tipPence: ZPence,
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Checkout' });
export type TCheckout = z.infer<typeof ZCheckout>;
export const ZCheckoutResponse = z.object({ checkout: ZCheckout });

export const ZCheckoutTokenParams = z.object({ token: ZText.regex(/^[\w-]{16,64}$/) }).strict();

/** `from=bank`: the customer is back from their bank, so the provider is asked too (as the pay page does). */
export const ZPublicCheckoutQuery = z.object({ from: z.enum(['bank', 'card']).optional() });

/** What the customer's phone shows: the venue and the bill, never staff or other orders. */
export const ZPublicCheckout = z
  .object({
    status: ZCheckoutStatus,
    /** What this checkout asks for: everything due, or one share of a split. */
    amountPence: ZPence,
    /** The tip chosen on the last attempt (on top of amountPence). */
    tipPence: ZPence,
    expiresAt: z.iso.datetime(),
    venue: z.object({ name: z.string() }),
    bill: z.object({
      orderNumber: z.number().int(),
      lines: z.array(z.object({ name: z.string(), quantity: z.number().int(), totalPence: ZPence })),
      serviceChargePence: ZPence,
      totalPence: ZPence,
      vatPence: ZPence,
      vatBands: z.array(z.object({ rateBps: z.number().int(), vatPence: ZPence, grossPence: ZPence })),
      paidPence: ZPence,
      duePence: ZPence,
    }),
    tips: z.object({ enabled: z.boolean(), presetsBps: z.array(z.number().int()) }),
    /** Set once paid: the customer's receipt. */
    receiptUrl: z.string().nullable(),
  })
  .meta({ id: 'PublicCheckout' });
export type TPublicCheckout = z.infer<typeof ZPublicCheckout>;
export const ZPublicCheckoutResponse = z.object({ checkout: ZPublicCheckout });

export const ZPayByBankBody = z
  .object({
    /** The customer's bank, when the page already knows it; else the provider's page asks. */
    bankId: ZText.trim().min(1).max(40).optional(),
    tipPence: ZPence.max(1_000_000).default(0),
  })
  .strict();
export const ZPayByBankResponse = z.object({ redirectUrl: z.string() });

export const ZCardPaymentBody = z
  .object({
    tipPence: ZPence.max(1_000_000).default(0),
  })
  .strict();
/** What the page hands to Stripe's own fields; card details go from the phone to Stripe, never to us. */
export const ZCardPaymentResponse = z.object({ clientSecret: z.string(), publishableKey: z.string() });

/** What the open-banking webhook carries (the sandbox bank's shape; a real provider maps onto it). */
export const ZOpenBankingWebhook = z.object({
  id: ZText.min(1).max(200),
  type: z.enum(['payment_executed', 'payment_failed']),
  payment_id: ZText.min(1).max(200),
});
