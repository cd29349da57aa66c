// Taking money: payments, refunds, cash drawers and the day's reports (design.md §5–6, §8).
import { z } from 'zod';
import { ZApproval, ZPence, ZText, ZUuid } from './common';
import { ZPayment, ZPaymentMethod } from './ledger';
import { ZOrder } from './orders';

export { ZPayment, ZPaymentMethod, ZPaymentStatus, type TPayment } from './ledger';

const ZPositivePence = z.number().int().min(1).max(10_000_000);

export const ZRefund = z
  .object({
    id: ZUuid,
    paymentId: ZUuid,
    orderId: ZUuid,
    amountPence: ZPence,
    reason: z.string(),
    status: z.enum(['PENDING', 'SUCCEEDED', 'FAILED']),
    method: ZPaymentMethod,
    lineIds: z.array(ZUuid),
    createdBy: z.object({ id: ZUuid, name: z.string() }).nullable(),
    approvedById: ZUuid.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Refund' });
export type TRefund = z.infer<typeof ZRefund>;

export const ZTakePaymentBody = z
  .object({
    method: z.literal('CASH'),
    amountPence: ZPositivePence,
    /** Cash handed over; defaults to exactly amount + tip. */
    tenderedPence: ZPositivePence.optional(),
    tipPence: ZPence.max(1_000_000).default(0),
    /** The order version the till last saw (409 with the current order when it changed). */
    version: z.number().int().positive().optional(),
  })
  .strict();
export type TTakePaymentBody = z.infer<typeof ZTakePaymentBody>;

export const ZPaymentResponse = z.object({ payment: ZPayment, order: ZOrder });

/** A payment flagged for refund: money that arrived after its bill no longer needed it. */
export const ZRefundReviewItem = z
  .object({
    payment: ZPayment,
    orderNumber: z.number().int(),
    /** Who holds the money: stripe, truelayer or sandbox. */
    provider: z.string().nullable(),
    succeededAt: z.iso.datetime(),
  })
  .meta({ id: 'RefundReviewItem' });
export type TRefundReviewItem = z.infer<typeof ZRefundReviewItem>;
export const ZRefundReviewResponse = z.object({ payments: z.array(ZRefundReviewItem) });

export const ZRefundBody = z
  .object({
    amountPence: ZPositivePence,
    reason: ZText.trim().min(1).max(200),
    /** The lines refunded, when refunding by item (recorded on the refund and its audit row). */
    lineIds: z.array(ZUuid).max(100).default([]),
    approval: ZApproval.optional(),
  })
  .strict();
export type TRefundBody = z.infer<typeof ZRefundBody>;

export const ZRefundResponse = z.object({ refund: ZRefund, order: ZOrder });

// ── cash drawers ────────────────────────────────────────────────────────────────────────────────

/** Notes and coins in pence → how many: { "2000": 3, "50": 4 }. */
export const DENOMINATIONS_PENCE = [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1] as const;
export const ZDenominations = z
  .partialRecord(z.enum(DENOMINATIONS_PENCE.map(String) as [string, ...string[]]), z.number().int().min(0).max(100_000))
  .refine((counts) => Object.keys(counts).length > 0, 'Count at least one denomination');

export const ZCashMovementKind = z.enum(['PAY_IN', 'PAY_OUT', 'SAFE_DROP', 'NO_SALE']);

export const ZCashMovement = z.object({
  id: ZUuid,
  kind: ZCashMovementKind,
  amountPence: ZPence,
  reason: z.string(),
  createdById: ZUuid,
  createdAt: z.iso.datetime(),
});

export const ZCashSession = z
  .object({
    id: ZUuid,
    deviceId: ZUuid.nullable(),
    status: z.enum(['OPEN', 'CLOSED']),
    floatPence: ZPence,
    openedBy: z.object({ id: ZUuid, name: z.string() }),
    openedAt: z.iso.datetime(),
    /** Cash that should be in the drawer now: float + cash taken − change given − refunds ± movements. */
    expectedPence: z.number().int(),
    cashSalesPence: z.number().int(),
    cashRefundsPence: z.number().int(),
    movements: z.array(ZCashMovement),
    closedAt: z.iso.datetime().nullable(),
    countedPence: z.number().int().nullable(),
    variancePence: z.number().int().nullable(),
    denominations: z.record(z.string(), z.number()).nullable(),
    approvedById: ZUuid.nullable(),
  })
  .meta({ id: 'CashSession' });
export type TCashSession = z.infer<typeof ZCashSession>;

export const ZOpenCashSessionBody = z.object({ floatPence: ZPence.max(1_000_000) }).strict();
export const ZCashMovementBody = z
  .object({
    /** The movement's id, chosen by the till (so a till that made it offline knows it once synced). */
    id: ZUuid.optional(),
    kind: ZCashMovementKind,
    amountPence: ZPence.max(10_000_000).default(0),
    reason: ZText.trim().min(1, 'Say why').max(200),
  })
  .strict()
  .refine((body) => body.kind === 'NO_SALE' || body.amountPence > 0, {
    message: 'A pay-in, pay-out or safe drop needs an amount',
    path: ['amountPence'],
  });
export const ZCloseCashSessionBody = z
  .object({
    /** The total counted; or give the count by denomination and it is added up. */
    countedPence: ZPence.max(100_000_000).optional(),
    denominations: ZDenominations.optional(),
    approval: ZApproval.optional(),
  })
  .strict()
  .refine((body) => body.countedPence !== undefined || body.denominations !== undefined, {
    message: 'Give the counted total or the count by denomination',
    path: ['countedPence'],
  });
export const ZCashSessionResponse = z.object({ cashSession: ZCashSession });
export const ZCashSessionListQuery = z.object({ status: z.enum(['OPEN', 'CLOSED']).optional() }).strict();
export const ZCashSessionListResponse = z.object({ cashSessions: z.array(ZCashSession) });

// ── the day's figures ───────────────────────────────────────────────────────────────────────────

export const ZDayReportQuery = z.object({ date: z.iso.date().optional() }).strict();

export const ZDayReport = z
  .object({
    kind: z.enum(['X', 'Z']),
    /** The trading day (starts at the location's business-day hour). */
    businessDate: z.iso.date(),
    generatedAt: z.iso.datetime(),
    location: z.object({ name: z.string(), vatNumber: z.string() }),
    orders: z.number().int(),
    /** Sales after discounts, VAT included, service charge excluded. */
    grossSalesPence: z.number().int(),
    netSalesPence: z.number().int(),
    vatPence: z.number().int(),
    vatByRate: z.array(
      z.object({
        rateBps: z.number().int(),
        grossPence: z.number().int(),
        vatPence: z.number().int(),
        netPence: z.number().int(),
      }),
    ),
    discountsPence: z.number().int(),
    voids: z.object({ count: z.number().int(), valuePence: z.number().int() }),
    serviceChargePence: z.number().int(),
    tipsPence: z.number().int(),
    refunds: z.object({ count: z.number().int(), valuePence: z.number().int() }),
    takingsByMethod: z.array(
      z.object({
        method: ZPaymentMethod,
        count: z.number().int(),
        amountPence: z.number().int(),
        tipPence: z.number().int(),
        refundedPence: z.number().int(),
      }),
    ),
    /** Money taken (bill amounts and tips) less refunds. */
    netTakingsPence: z.number().int(),
    averageSpendPence: z.number().int(),
    cash: z.object({
      /** What the day's drawers should hold: each drawer's float, its cash in and out, ± movements. */
      expectedPence: z.number().int(),
      countedPence: z.number().int().nullable(),
      variancePence: z.number().int().nullable(),
      openDrawers: z.number().int(),
      /** Cash taken (less given back) on a till with no drawer open: it joins that till's next drawer. */
      notInDrawerPence: z.number().int(),
    }),
    openOrders: z.number().int(),
    /**
     * Tills that say they hold changes from this day the server has not had (their offline
     * outbox): while any does, the day's figures are not final and its Z is refused.
     */
    unsyncedTills: z.array(
      z.object({
        deviceId: ZUuid,
        name: z.string(),
        waiting: z.number().int(),
        oldestAt: z.iso.datetime(),
        reportedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'DayReport' });
export type TDayReport = z.infer<typeof ZDayReport>;
