import 'server-only';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { DbOrTx } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { TReceipt } from '@/lib/schemas/receipts';
import type { Actor } from '../auth/actor';
import { ORDER_INCLUDE, toOrderDto } from '../orders/order-dto';
import { assertPermission } from '../permissions';

/** 128 random bits, base64url: the receipt link cannot be guessed from an order number. */
export function newReceiptToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The receipt behind a token; NOT_FOUND for anything else (the same answer for every miss). */
export async function getReceipt(db: DbOrTx, token: string): Promise<TReceipt> {
  const row = await db.order.findUnique({
    where: { receiptToken: token },
    include: {
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
    },
  });
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such receipt' });
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
        amountPence: payment.amountPence,
        tipPence: payment.tipPence,
        tenderedPence: payment.tenderedPence,
        changePence: payment.changePence,
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

/** The receipt link of a paid (or part-paid) order, and its QR code, for the till to show. */
export async function getReceiptLink(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  baseUrl: string,
): Promise<{ url: string; qrSvg: string; emailAvailable: boolean }> {
  assertPermission(actor, 'orders:read');
  const order = await db.order.findFirst({
    where: { id: orderId, locationId: actor.locationId },
    select: { number: true, receiptToken: true },
  });
  if (!order) throw new AppError('NOT_FOUND', { message: 'No such order at this location' });
  if (!order.receiptToken) {
    throw new AppError('CONFLICT', { message: `Order #${order.number} has no payment yet, so no receipt` });
  }
  const url = `${baseUrl}/receipt/${order.receiptToken}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { url, qrSvg, emailAvailable: Boolean(getEnv().SMTP_URL) };
}
