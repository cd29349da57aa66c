// The customer's receipt (/receipt/{token}): what a phone shows and a printer prints. Public: it
// names the venue and the sale, never staff, other orders or other venues.
import { z } from 'zod';
import { ZPence, ZText } from './common';
import { ZPaymentMethod } from './ledger';

export const ZReceiptParams = z.object({ token: ZText.regex(/^[\w-]{16,64}$/) }).strict();

export const ZReceipt = z
  .object({
    venue: z.object({
      name: z.string(),
      address: z.array(z.string()),
      phone: z.string(),
      vatNumber: z.string(),
      footer: z.string(),
    }),
    orderNumber: z.number().int(),
    type: z.enum(['DINE_IN', 'TAKEAWAY']),
    tableName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
    lines: z.array(
      z.object({
        name: z.string(),
        quantity: z.number().int(),
        modifiers: z.array(z.string()),
        totalPence: ZPence,
        discountPence: ZPence,
      }),
    ),
    subtotalPence: ZPence,
    discountPence: ZPence,
    serviceChargePence: ZPence,
    serviceChargeBps: z.number().int(),
    totalPence: ZPence,
    vatBands: z.array(z.object({ rateBps: z.number().int(), grossPence: ZPence, vatPence: ZPence, netPence: ZPence })),
    vatPence: ZPence,
    tipPence: ZPence,
    paidPence: ZPence,
    duePence: ZPence,
    payments: z.array(
      z.object({
        method: ZPaymentMethod,
        amountPence: ZPence,
        tipPence: ZPence,
        tenderedPence: ZPence.nullable(),
        changePence: ZPence.nullable(),
        createdAt: z.iso.datetime(),
      }),
    ),
    /** What was given back and how; never the staff's reason (it is written for colleagues, not guests). */
    refunds: z.array(z.object({ amountPence: ZPence, method: ZPaymentMethod, createdAt: z.iso.datetime() })),
    refundedPence: ZPence,
  })
  .meta({ id: 'Receipt' });
export type TReceipt = z.infer<typeof ZReceipt>;

export const ZReceiptResponse = z.object({ receipt: ZReceipt });

export const ZReceiptLinkResponse = z.object({
  /** PUBLIC_URL/receipt/{token} */
  url: z.string(),
  /** The link as a QR code (SVG markup) for the customer to scan from the till. */
  qrSvg: z.string(),
  /** Whether the receipt can also be emailed (SMTP is set up). */
  emailAvailable: z.boolean(),
});

export const ZEmailReceiptBody = z.object({ email: z.email().max(254) }).strict();
export const ZEmailReceiptResponse = z.object({ sent: z.literal(true) });
