import 'server-only';
import type { Db } from '@/lib/db';
import { assertCanEditLines } from '@/lib/domain/order-state';
import { formatBps } from '@/lib/domain/percent';
import { discountRule, exceedsDiscountLimit, type PriceOrderInput } from '@/lib/domain/pricing';
import { AppError } from '@/lib/errors';
import type { TAddDiscountBody, TOrder } from '@/lib/schemas/orders';
import { approverFor } from '../approvals/require-approval';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { writeTransaction } from '../write/write-transaction';
import { assertPermission, hasPermission } from '../permissions';
import { bumpOrderVersion, lockOrder } from './lock-order';
import { getOrder } from './order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';

export type AddDiscountOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  input: TAddDiscountBody;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** The order's pricing input with the requested discount added (last, as it will be applied). */
function withNewDiscount(order: TOrder, input: TAddDiscountBody): Pick<PriceOrderInput, 'lines' | 'orderDiscounts'> {
  const added = { lineId: input.lineId ?? null, rule: discountRule(input) };
  const rulesOn = (lineId: string | null) => [
    ...order.discounts.filter((discount) => discount.lineId === lineId).map(discountRule),
    ...(added.lineId === lineId ? [added.rule] : []),
  ];
  return {
    lines: order.lines.map((line) => ({
      id: line.id,
      unitPricePence: line.unitPricePence,
      modifierDeltasPence: line.modifiers.map((modifier) => modifier.priceDeltaPence),
      quantity: line.quantity,
      vatRateBps: line.vatRateBps,
      isVoided: line.voidedAt !== null,
      discounts: rulesOn(line.id),
    })),
    orderDiscounts: rulesOn(null),
  };
}

/**
 * Discounts a line or the whole order. Staff without the discount permission may give discounts
 * up to the location's limit (default 10 %) of the order, and of a line for a line discount,
 * counting every discount already on it: ten small discounts are one big one. Above it, a manager
 * approves with their PIN in the same request.
 */
export async function addDiscount({
  db,
  actor,
  orderId,
  input,
  idempotency,
  requestId,
  now,
}: AddDiscountOptions): Promise<{ order: TOrder }> {
  assertPermission(actor, 'orders:write');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: input.version });
    assertCanEditLines(locked.status);
    const current = await getOrder(tx, actor.locationId, orderId);
    let basePence = current.totals.totalPence - current.totals.serviceChargePence;
    if (input.lineId) {
      const line = current.lines.find((candidate) => candidate.id === input.lineId);
      if (!line) throw new AppError('NOT_FOUND', { message: 'No such line on this order' });
      if (line.voidedAt) throw new AppError('CONFLICT', { message: `${line.name} is voided` });
      basePence = line.totalPence;
    }
    if (basePence === 0) throw new AppError('CONFLICT', { message: 'There is nothing left to discount' });
    const { cashierDiscountLimitBps } = await tx.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: { cashierDiscountLimitBps: true },
    });
    const needsApproval =
      !hasPermission(actor.role, 'orders:discount') &&
      exceedsDiscountLimit(withNewDiscount(current, input), {
        limitBps: cashierDiscountLimitBps,
        lineId: input.lineId,
      });
    const approvedById = needsApproval
      ? await approverFor({
          db: tx,
          actor,
          approval: input.approval,
          now,
          action: `More than ${formatBps(cashierDiscountLimitBps)} off in discounts`,
        })
      : null;
    const discount = await tx.discount.create({
      data: {
        id: input.id,
        locationId: actor.locationId,
        orderId,
        lineId: input.lineId ?? null,
        kind: input.kind,
        percentBps: input.kind === 'PERCENT' ? input.percentBps : null,
        amountPence: input.kind === 'AMOUNT' ? input.amountPence : null,
        reason: input.reason,
        createdById: actor.userId,
        approvedById,
        createdAt: now,
      },
    });
    await bumpOrderVersion(tx, locked);
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.discounted',
      entity: { type: 'Order', id: order.id },
      before: { totalPence: current.totals.totalPence },
      after: {
        discountId: discount.id,
        kind: input.kind,
        percentBps: discount.percentBps,
        amountPence: discount.amountPence,
        lineId: discount.lineId,
        reason: input.reason,
        totalPence: order.totals.totalPence,
      },
      approvedById,
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.discounted')],
    });
    return { order };
  });
}
