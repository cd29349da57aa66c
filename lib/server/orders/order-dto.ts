import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { heldCourses } from '@/lib/domain/kitchen-routing';
import { orderTotals } from '@/lib/domain/order-totals';
import { refundableFrom, refundedFrom } from '@/lib/domain/payments';
import { discountRule } from '@/lib/domain/pricing';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TPayment } from '@/lib/schemas/ledger';
import type { TOrder } from '@/lib/schemas/orders';

export const ORDER_INCLUDE = {
  table: { select: { name: true } },
  createdBy: { select: { id: true, name: true } },
  location: { select: { serviceChargeBps: true } },
  lines: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { modifiers: { orderBy: [{ position: 'asc' }, { id: 'asc' }] }, discounts: true },
  },
  discounts: { where: { lineId: null } },
  payments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { refunds: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  },
} as const satisfies Prisma.OrderInclude;

export type OrderRow = Prisma.OrderGetPayload<{ include: typeof ORDER_INCLUDE }>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The order as the API shows it, priced by the same domain function the till uses. */
export function toOrderDto(order: OrderRow): TOrder {
  const { createdBy, location } = order;
  const serviceChargeBps = location.serviceChargeBps;
  const { lines: priced, totals } = orderTotals({
    lines: order.lines.map((line) => ({
      id: line.id,
      unitPricePence: line.unitPricePence,
      modifierDeltasPence: line.modifiers.map((modifier) => modifier.priceDeltaPence),
      quantity: line.quantity,
      vatRateBps: line.vatRateBps,
      isVoided: line.voidedAt !== null,
      discounts: line.discounts.map(discountRule),
    })),
    orderDiscounts: order.discounts.map(discountRule),
    serviceChargeBps,
    payments: order.payments,
  });
  const routable = order.lines.map((line) => ({
    id: line.id,
    stationId: line.stationId,
    course: line.course,
    kitchenStatus: line.kitchenStatus,
    isVoided: line.voidedAt !== null,
  }));
  return {
    id: order.id,
    number: order.number,
    businessDate: order.businessDate.toISOString().slice(0, 10),
    status: order.status,
    type: order.type,
    tableId: order.tableId,
    tableName: order.table?.name ?? null,
    covers: order.covers,
    customerName: order.customerName,
    version: order.version,
    firedCourse: order.firedCourse,
    heldCourses: heldCourses(routable, order.firedCourse),
    createdBy,
    createdAt: order.createdAt.toISOString(),
    sentAt: iso(order.sentAt),
    voidedAt: iso(order.voidedAt),
    voidReason: order.voidReason,
    lines: order.lines.map((line) => {
      const price = priced.get(line.id)!;
      return {
        id: line.id,
        itemId: line.itemId,
        name: line.name,
        unitPricePence: line.unitPricePence,
        vatRateBps: line.vatRateBps,
        quantity: line.quantity,
        course: line.course,
        seat: line.seat,
        note: line.note,
        stationId: line.stationId,
        kitchenStatus: line.kitchenStatus,
        sentAt: iso(line.sentAt),
        voidedAt: iso(line.voidedAt),
        voidReason: line.voidReason,
        modifiers: line.modifiers.map((m) => ({
          id: m.id,
          modifierId: m.modifierId,
          groupName: m.groupName,
          name: m.name,
          priceDeltaPence: m.priceDeltaPence,
        })),
        grossPence: price.grossPence,
        discountPence: price.discountPence,
        totalPence: price.totalPence,
        vatPence: price.vatPence,
      };
    }),
    discounts: [...order.discounts, ...order.lines.flatMap((line) => line.discounts)].map((d) => ({
      id: d.id,
      lineId: d.lineId,
      kind: d.kind,
      percentBps: d.percentBps,
      amountPence: d.amountPence,
      reason: d.reason,
    })),
    totals,
    payments: order.payments.map(toPaymentDto),
    paidAt: iso(order.paidAt),
    receiptToken: order.receiptToken,
  };
}

/** A payment row as the API shows it, with what has been and may still be refunded. */
export function toPaymentDto(payment: OrderRow['payments'][number]): TPayment {
  return {
    id: payment.id,
    orderId: payment.orderId,
    method: payment.method,
    status: payment.status,
    amountPence: payment.amountPence,
    tipPence: payment.tipPence,
    tenderedPence: payment.tenderedPence,
    changePence: payment.changePence,
    refundedPence: refundedFrom(payment),
    refundablePence: refundableFrom(payment),
    needsRefundReview: payment.needsRefundReview,
    refunds: payment.refunds.map((refund) => ({
      id: refund.id,
      amountPence: refund.amountPence,
      reason: refund.reason,
      status: refund.status,
      lineIds: refund.lineIds,
      createdAt: refund.createdAt.toISOString(),
    })),
    createdAt: payment.createdAt.toISOString(),
  };
}

/** Loads one order of the location and returns its DTO; NOT_FOUND for another location's order. */
export async function getOrder(db: DbOrTx, locationId: string, orderId: string): Promise<TOrder> {
  // One query: the relations are joined (Prisma relationJoins).
  const order = await db.order.findFirst({ where: { id: orderId, locationId }, include: ORDER_INCLUDE });
  if (!order) throw new AppError('NOT_FOUND', { message: 'No such order at this location' });
  return toOrderDto(order);
}
