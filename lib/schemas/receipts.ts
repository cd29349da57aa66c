// The receipt (/receipt/{token} and the till's printer): what a phone shows and a printer prints.
// Public: it names the venue and the sale, never staff, other orders or other venues.
import { z } from 'zod';
import { ZPence, ZText } from './common';
import { ZPaymentMethod } from './ledger';

export const ZReceiptParams = z.object({ token: ZText.regex(/^[\w-]{16,64}$/) }).strict();

/**
 * The one receipt: the server builds it (lib/server/receipts/receipt.ts), the customer's phone
 * (/receipt/{token}) and the till's paper receipt both render it, so the two never disagree. It is
 * what a UK VAT receipt needs (venue name and address, VAT number, date, the goods, VAT by rate,
 * the total) and nothing that belongs to one diner or to staff: payments are the bill's, by method
 * and amount, without cash tendered or change (a shared bill's receipt goes to every diner).
 */
/** What a receipt prints about the venue. */
export const ZReceiptVenue = z.object({
  name: z.string(),
  /** Address lines as set in the back office, in order (empty ones left out). */
  address: z.array(z.string()),
  phone: z.string(),
  vatNumber: z.string(),
  /** Printed at the bottom ("Thank you for visiting…"); empty when the venue set none. */
  footer: z.string(),
});

export const ZReceipt = z
  .object({
    venue: ZReceiptVenue,
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
        /** After its discount. */
        totalPence: ZPence,
        discountPence: ZPence,
      }),
    ),
    subtotalPence: ZPence,
    discountPence: ZPence,
    serviceChargePence: ZPence,
    serviceChargeBps: z.number().int(),
    /** The bill: lines after discounts, plus service charge. Tips are not part of it. */
    totalPence: ZPence,
    vatBands: z.array(z.object({ rateBps: z.number().int(), grossPence: ZPence, vatPence: ZPence, netPence: ZPence })),
    vatPence: ZPence,
    /** Every tip on the bill, added up: shown once. */
    tipPence: ZPence,
    paidPence: ZPence,
    duePence: ZPence,
    /** The bill's payments, oldest first: how and how much (tip included), nothing else. */
    payments: z.array(z.object({ method: ZPaymentMethod, amountPence: ZPence, createdAt: z.iso.datetime() })),
    /** What was given back and how; never the staff's reason (it is written for colleagues, not guests). */
    refunds: z.array(z.object({ amountPence: ZPence, method: ZPaymentMethod, createdAt: z.iso.datetime() })),
    refundedPence: ZPence,
  })
  .meta({ id: 'Receipt' });
export type TReceipt = z.infer<typeof ZReceipt>;

export const ZReceiptResponse = z.object({ receipt: ZReceipt });

export const ZReceiptLinkResponse = z.object({
  /** The same receipt the link shows, for the till to print. */
  receipt: ZReceipt,
  /** PUBLIC_URL/receipt/{token} */
  url: z.string(),
  /** The link as a QR code (SVG markup) for the customer to scan from the till. */
  qrSvg: z.string(),
  /** Whether the receipt can also be emailed (SMTP is set up). */
  emailAvailable: z.boolean(),
});

export const ZEmailReceiptBody = z.object({ email: z.email().max(254) }).strict();
export const ZEmailReceiptResponse = z.object({ sent: z.literal(true) });
