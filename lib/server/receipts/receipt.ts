import 'server-only';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { DbOrTx } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TReceipt } from '@/lib/schemas/receipts';
import type { Actor } from '../auth/actor';
import { ORDER_INCLUDE, toOrderDto } from '../orders/order-dto';
import { assertPermission } from '../permissions';

/** 128 random bits, base64url: the receipt link cannot be guessed from an order number. */
export function newReceiptToken(): string {
  return randomBytes(16).toString('base64url');
}

/** An order with what its receipt prints about the venue (settings: "Venue & receipt"). */
const RECEIPT_INCLUDE = {
  ...ORDER_INCLUDE,
  location: {
    select: {
      serviceChargeBps: true,
      name: true,
      addressLine1: true,
      addressLine2: true,
      city: true,
      postcode: true,
      phone: true,
      vatNumber: true,
      receiptFooter: true,
    },
  },
} as const satisfies Prisma.OrderInclude;

type ReceiptRow = Prisma.OrderGetPayload<{ include: typeof RECEIPT_INCLUDE }>;

/**
 * The receipt of an order: the one model the customer's phone and the till's paper receipt both
 * render. Payments are the bill's, by method and amount (tip included), never cash tendered or
 * change: on a shared bill every diner's receipt shows them. The tip is given once, as the total of
 * every payment's tip.
 */
export function toReceipt(row: ReceiptRow): TReceipt {
  const order = toOrderDto(row);
  const { location } = row;
  return {
    venue: {
      name: location.name,
      address: [location.addressLine1, location.addressLine2, location.city, location.postcode].filter(Boolean),
      phone: location.phone,
      vatNumber: location.vatNumber,
      footer: location.receiptFooter,
    },
    orderNumber: order.number,
    type: order.type,
    tableName: order.tableName,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    lines: order.lines
      .filter((line) => line.voidedAt === null)
      .map((line) => ({
        name: line.name,
        quantity: line.quantity,
        modifiers: line.modifiers.map((modifier) => modifier.name),
        totalPence: line.totalPence,
        discountPence: line.discountPence,
      })),
    subtotalPence: order.totals.subtotalPence,
    discountPence: order.totals.discountPence,
    serviceChargePence: order.totals.serviceChargePence,
    serviceChargeBps: order.totals.serviceChargeBps,
    totalPence: order.totals.totalPence,
    vatBands: order.totals.vatBands,
    vatPence: order.totals.vatPence,
    tipPence: order.totals.tipPence,
    paidPence: order.totals.paidPence,
    duePence: order.totals.duePence,
    payments: row.payments
      .filter((payment) => payment.status === 'SUCCEEDED')
      .map((payment) => ({
        method: payment.method,
        amountPence: payment.amountPence + payment.tipPence,
        createdAt: payment.createdAt.toISOString(),
      })),
    refunds: row.payments.flatMap((payment) =>
      payment.refunds
        .filter((refund) => refund.status !== 'FAILED')
        .map((refund) => ({
          amountPence: refund.amountPence,
          method: payment.method,
          createdAt: refund.createdAt.toISOString(),
        })),
    ),
    refundedPence: order.totals.refundedPence,
  };
}

/** The receipt behind a token; NOT_FOUND for anything else (the same answer for every miss). */
export async function getReceipt(db: DbOrTx, token: string): Promise<TReceipt> {
  const row = await db.order.findUnique({ where: { receiptToken: token }, include: RECEIPT_INCLUDE });
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such receipt' });
  return toReceipt(row);
}

/**
 * The receipt of a paid (or part-paid) order for the till to print, with its link and QR code for
 * the customer's phone: the same receipt either way.
 */
export async function getReceiptLink(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  baseUrl: string,
): Promise<{ url: string; qrSvg: string; emailAvailable: boolean; receipt: TReceipt }> {
  assertPermission(actor, 'orders:read');
  const row = await db.order.findFirst({
    where: { id: orderId, locationId: actor.locationId },
    include: RECEIPT_INCLUDE,
  });
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such order at this location' });
  if (!row.receiptToken) {
    throw new AppError('CONFLICT', { message: `Order #${row.number} has no payment yet, so no receipt` });
  }
  const url = `${baseUrl}/receipt/${row.receiptToken}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { url, qrSvg, emailAvailable: Boolean(getEnv().SMTP_URL), receipt: toReceipt(row) };
}
