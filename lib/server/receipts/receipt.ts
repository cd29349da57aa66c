import 'server-only';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { DbOrTx } from '@/lib/db';
import { receiptOf, receiptVenue } from '@/lib/domain/receipt';
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

/** The location's columns a receipt prints about the venue (lib/domain/receipt.ts receiptVenue). */
export const RECEIPT_VENUE_SELECT = {
  name: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  postcode: true,
  phone: true,
  vatNumber: true,
  receiptFooter: true,
} as const satisfies Prisma.LocationSelect;

/** An order with what its receipt prints about the venue (settings: "Venue & receipt"). */
const RECEIPT_INCLUDE = {
  ...ORDER_INCLUDE,
  location: { select: { serviceChargeBps: true, ...RECEIPT_VENUE_SELECT } },
} as const satisfies Prisma.OrderInclude;

type ReceiptRow = Prisma.OrderGetPayload<{ include: typeof RECEIPT_INCLUDE }>;

/** The receipt of an order as stored (lib/domain/receipt.ts builds it, on the till too). */
export function toReceipt(row: ReceiptRow): TReceipt {
  return receiptOf(toOrderDto(row), receiptVenue(row.location));
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
