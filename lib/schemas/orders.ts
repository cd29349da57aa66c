import { z } from 'zod';
import { ZApproval, ZBps, ZPence, ZText, ZUuid } from './common';
import { ZPayment } from './ledger';

export const ZOrderType = z.enum(['DINE_IN', 'TAKEAWAY']);
export const ZOrderStatus = z.enum(['OPEN', 'SENT', 'PARTIALLY_PAID', 'PAID', 'CLOSED', 'VOIDED']);
export const ZKitchenStatus = z.enum(['PENDING', 'SENT', 'READY', 'SERVED']);

/**
 * Price fields a client may send are accepted and ignored: the server prices every line from the
 * menu (design.md §4), so a till with a stale price can never charge it.
 */
const ignoredPrice = z.number().optional().describe('Ignored: the server prices every line from the menu');

export const ZOrderLineInput = z
  .object({
    /** Client-generated, so an offline till can refer to the line before the server answers. */
    id: ZUuid.optional(),
    itemId: ZUuid,
    quantity: z.number().int('Quantity must be a whole number').positive('Quantity must be at least 1').max(999),
    modifierIds: z.array(ZUuid).max(30).default([]),
    note: ZText.trim().max(200).default(''),
    seat: z.number().int().min(1).max(99).nullable().optional(),
    course: z.number().int().min(1).max(9).default(1),
    pricePence: ignoredPrice,
    unitPricePence: ignoredPrice,
  })
  .strict();
export type TOrderLineInput = z.infer<typeof ZOrderLineInput>;

/**
 * When a till rang these lines up while it could not reach the server (its offline outbox): an
 * item 86'd meanwhile is then accepted, since it was sold, and flagged in the audit log.
 */
const ZOfflineAt = z.iso.datetime().optional();

export const ZCreateOrderBody = z
  .object({
    id: ZUuid.optional(),
    offlineAt: ZOfflineAt,
    type: ZOrderType,
    tableId: ZUuid.nullable().optional(),
    covers: z.number().int().min(0).max(200).default(0),
    customerName: ZText.trim().max(60).default(''),
    lines: z.array(ZOrderLineInput).max(200).default([]),
    totalPence: ignoredPrice,
  })
  .strict();
export type TCreateOrderBody = z.infer<typeof ZCreateOrderBody>;

/** `version` is the order version the till last saw; a different one means another till changed it (409). */
const ZExpectedVersion = z.number().int().positive().optional();

export const ZAddLinesBody = z
  .object({ lines: z.array(ZOrderLineInput).min(1).max(200), version: ZExpectedVersion, offlineAt: ZOfflineAt })
  .strict();
export type TAddLinesBody = z.infer<typeof ZAddLinesBody>;

export const ZSendOrderBody = z.object({ version: ZExpectedVersion }).strict();

export const ZVoidLineBody = z
  .object({
    reason: ZText.trim().min(1, 'Say why the item is voided').max(200),
    approval: ZApproval.optional(),
    version: ZExpectedVersion,
  })
  .strict();
export type TVoidLineBody = z.infer<typeof ZVoidLineBody>;

export const ZVoidOrderBody = ZVoidLineBody;

export const ZOrderParams = z.object({ id: ZUuid }).strict();
export const ZOrderLineParams = z.object({ id: ZUuid, lineId: ZUuid }).strict();

export const ZOrderListQuery = z
  .object({
    status: ZText.optional()
      .transform((value) => (value ? value.split(',') : undefined))
      .pipe(z.array(ZOrderStatus).optional()),
    tableId: ZUuid.optional(),
    createdById: ZUuid.optional(),
    /** Only orders of this trading day (YYYY-MM-DD). */
    businessDate: z.iso.date().optional(),
  })
  .strict();

export const ZOrderLineModifier = z.object({
  id: ZUuid,
  modifierId: ZUuid.nullable(),
  groupName: z.string(),
  name: z.string(),
  priceDeltaPence: z.number().int(),
});

export const ZOrderLine = z.object({
  id: ZUuid,
  itemId: ZUuid,
  name: z.string(),
  unitPricePence: ZPence,
  vatRateBps: ZBps,
  quantity: z.number().int().positive(),
  course: z.number().int(),
  seat: z.number().int().nullable(),
  note: z.string(),
  stationId: ZUuid.nullable(),
  kitchenStatus: ZKitchenStatus,
  sentAt: z.iso.datetime().nullable(),
  voidedAt: z.iso.datetime().nullable(),
  voidReason: z.string().nullable(),
  modifiers: z.array(ZOrderLineModifier),
  grossPence: ZPence,
  discountPence: ZPence,
  totalPence: ZPence,
  vatPence: z.number().int(),
});
export type TOrderLine = z.infer<typeof ZOrderLine>;

export const ZOrderTotals = z.object({
  /** The location's service charge rate applied to this order (0 when none). */
  serviceChargeBps: ZBps,
  subtotalPence: ZPence,
  discountPence: ZPence,
  serviceChargePence: ZPence,
  totalPence: ZPence,
  vatPence: ZPence,
  tipPence: ZPence,
  paidPence: ZPence,
  refundedPence: ZPence,
  duePence: ZPence,
  vatBands: z.array(z.object({ rateBps: ZBps, grossPence: ZPence, vatPence: ZPence, netPence: ZPence })),
});

export const ZOrder = z
  .object({
    id: ZUuid,
    number: z.number().int().positive(),
    businessDate: z.iso.date(),
    status: ZOrderStatus,
    type: ZOrderType,
    tableId: ZUuid.nullable(),
    tableName: z.string().nullable(),
    covers: z.number().int(),
    customerName: z.string(),
    version: z.number().int().positive(),
    firedCourse: z.number().int(),
    heldCourses: z.array(z.number().int()),
    createdBy: z.object({ id: ZUuid, name: z.string() }),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    voidedAt: z.iso.datetime().nullable(),
    voidReason: z.string().nullable(),
    lines: z.array(ZOrderLine),
    discounts: z.array(
      z.object({
        id: ZUuid,
        lineId: ZUuid.nullable(),
        kind: z.enum(['PERCENT', 'AMOUNT']),
        percentBps: ZBps.nullable(),
        amountPence: ZPence.nullable(),
        reason: z.string(),
      }),
    ),
    totals: ZOrderTotals,
    /** Every payment attempt on the order, oldest first (only succeeded ones count as paid). */
    payments: z.array(ZPayment),
    paidAt: z.iso.datetime().nullable(),
    /** The customer's receipt link is /receipt/{receiptToken}; null until the first payment. */
    receiptToken: z.string().nullable(),
  })
  .meta({ id: 'Order' });
export type TOrder = z.infer<typeof ZOrder>;

export const ZOrderResponse = z.object({ order: ZOrder });
export const ZOrderListResponse = z.object({ orders: z.array(ZOrder) });

export const ZTicket = z
  .object({
    id: ZUuid,
    orderId: ZUuid,
    orderNumber: z.number().int(),
    stationId: ZUuid,
    status: z.enum(['NEW', 'IN_PROGRESS', 'READY', 'BUMPED', 'VOIDED']),
    tableName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lineIds: z.array(ZUuid),
  })
  .meta({ id: 'Ticket' });
export type TTicket = z.infer<typeof ZTicket>;

export const ZSendOrderResponse = z.object({ order: ZOrder, tickets: z.array(ZTicket) });

export const ZUpdateOrderLineBody = z
  .object({
    quantity: z
      .number()
      .int('Quantity must be a whole number')
      .positive('Quantity must be at least 1')
      .max(999)
      .optional(),
    note: ZText.trim().max(200).optional(),
    seat: z.number().int().min(1).max(99).nullable().optional(),
    course: z.number().int().min(1).max(9).optional(),
    version: ZExpectedVersion,
  })
  .strict();
export type TUpdateOrderLineBody = z.infer<typeof ZUpdateOrderLineBody>;

export const ZUpdateOrderBody = z
  .object({
    covers: z.number().int().min(0).max(200).optional(),
    customerName: ZText.trim().max(60).optional(),
    version: ZExpectedVersion,
  })
  .strict();
export type TUpdateOrderBody = z.infer<typeof ZUpdateOrderBody>;

export const ZMoveOrderBody = z.object({ tableId: ZUuid, version: ZExpectedVersion }).strict();
export const ZMergeOrderBody = z.object({ fromOrderId: ZUuid, version: ZExpectedVersion }).strict();
export const ZFireCourseBody = z.object({ course: z.number().int().min(2).max(9), version: ZExpectedVersion }).strict();

export const ZAddDiscountBody = z
  .object({
    /** The discount's id, chosen by the till (so a till that gave it offline counts it once). */
    id: ZUuid.optional(),
    kind: z.enum(['PERCENT', 'AMOUNT']),
    /** For PERCENT: 1000 = 10 %. */
    percentBps: z.number().int().min(1).max(10_000).optional(),
    /** For AMOUNT: pence off. */
    amountPence: z.number().int().min(1).max(1_000_000).optional(),
    /** Omit for a discount on the whole order. */
    lineId: ZUuid.optional(),
    reason: ZText.trim().min(1, 'Say why').max(200),
    approval: ZApproval.optional(),
    version: ZExpectedVersion,
  })
  .strict()
  .superRefine((body, context) => {
    if (body.kind === 'PERCENT' && (body.percentBps === undefined || body.amountPence !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['percentBps'],
        message: 'A percentage discount needs percentBps (and no amountPence)',
      });
    }
    if (body.kind === 'AMOUNT' && (body.amountPence === undefined || body.percentBps !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['amountPence'],
        message: 'An amount discount needs amountPence (and no percentBps)',
      });
    }
  });
export type TAddDiscountBody = z.infer<typeof ZAddDiscountBody>;
