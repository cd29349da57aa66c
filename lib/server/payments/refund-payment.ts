import 'server-only';
import type { Db } from '@/lib/db';
import { formatPence } from '@/lib/domain/money';
import { refundableFrom } from '@/lib/domain/payments';
import { AppError } from '@/lib/errors';
import type { TOrder } from '@/lib/schemas/orders';
import type { TRefund, TRefundBody } from '@/lib/schemas/payments';
import { approverFor } from '../approvals/require-approval';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { findOpenDrawerId } from '../cash/open-drawer';
import { bumpOrderVersion, lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { sendRefund } from './send-refund';

export type RefundPaymentOptions = {
  db: Db;
  actor: Actor;
  paymentId: string;
  input: TRefundBody;
  /** The request's Idempotency-Key: its answer is stored with the refund's record. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Refunds (part of) a payment to its own method: cash comes out of the till's open drawer; a card
 * or bank payment is refunded through its provider (see `refundThroughProvider`). Never
 * more than the payment took less what was refunded already (the order is locked, so two refunds
 * at once cannot both pass); above the location's cashier limit, a manager approves with their PIN
 * in the same request.
 */
export async function refundPayment(options: RefundPaymentOptions): Promise<{ refund: TRefund; order: TOrder }> {
  const recorded = await recordRefund(options);
  if (!recorded.throughProvider) return recorded.result;
  return refundThroughProvider(options, recorded.result);
}

type RecordedRefund = {
  result: { refund: TRefund; order: TOrder };
  /** A card or bank payment: its provider still has to move the money. */
  throughProvider: boolean;
};

async function recordRefund({
  db,
  actor,
  paymentId,
  input,
  idempotency,
  requestId,
  now,
}: RefundPaymentOptions): Promise<RecordedRefund> {
  assertPermission(actor, 'payments:take');
  const found = await db.payment.findFirst({
    where: { id: paymentId, locationId: actor.locationId },
    select: { orderId: true },
  });
  if (!found) throw new AppError('NOT_FOUND', { message: 'No such payment at this location' });
  // The answer stored with the Idempotency-Key is the recorded refund: a retry after a crash replays
  // it, and a refund recorded but never handed to its provider is sent by the worker's sweep.
  let throughProvider = false;
  const recorded = await writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId: found.orderId, locationId: actor.locationId });
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    if (payment.method !== 'CASH') {
      if (!payment.provider || !payment.providerPaymentId) {
        throw new AppError('CONFLICT', {
          message: 'This payment was not taken through a provider here; refund it where it was taken',
          details: { reason: 'NO_PROVIDER' },
        });
      }
      throughProvider = true;
    }
    const refundable = refundableFrom(payment);
    if (input.amountPence > refundable) {
      throw new AppError('VALIDATION_FAILED', {
        message:
          refundable === 0
            ? 'This payment has been refunded in full'
            : `At most ${formatPence(refundable)} can be refunded from this payment`,
        details: [{ path: 'amountPence', message: 'More than is left to refund', refundablePence: refundable }],
      });
    }
    const order = await getOrder(tx, actor.locationId, payment.orderId);
    const lineIds = new Set(order.lines.map((line) => line.id));
    const unknown = input.lineIds.filter((id) => !lineIds.has(id));
    if (unknown.length) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'Not a line of this order',
        details: [{ path: 'lineIds', message: 'Unknown line', lineIds: unknown }],
      });
    }
    const location = await tx.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: { cashierRefundLimitPence: true },
    });
    const approvedById =
      input.amountPence > location.cashierRefundLimitPence
        ? await approverFor({
            db: tx,
            actor,
            approval: input.approval,
            now,
            action: `A refund of ${formatPence(input.amountPence)}`,
          })
        : null;
    const refund = await tx.refund.create({
      data: {
        locationId: actor.locationId,
        paymentId,
        amountPence: input.amountPence,
        reason: input.reason,
        lineIds: input.lineIds,
        // Cash leaves the drawer now; a provider refund is PENDING until the provider confirms.
        status: throughProvider ? 'PENDING' : 'SUCCEEDED',
        cashSessionId: throughProvider ? null : await findOpenDrawerId(tx, actor),
        deviceId: actor.deviceId,
        createdById: actor.userId,
        approvedById,
        createdAt: now,
      },
    });
    await bumpOrderVersion(tx, locked);
    const after = await getOrder(tx, actor.locationId, payment.orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.refunded',
      entity: { type: 'Order', id: after.id },
      after: {
        refundId: refund.id,
        paymentId,
        amountPence: input.amountPence,
        reason: input.reason,
        lineIds: input.lineIds,
        refundedPence: after.totals.refundedPence,
      },
      approvedById,
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, after, 'order.refunded')],
    });
    const result = {
      refund: {
        id: refund.id,
        paymentId,
        orderId: payment.orderId,
        amountPence: refund.amountPence,
        reason: refund.reason,
        status: refund.status,
        method: payment.method,
        lineIds: input.lineIds,
        createdBy: { id: actor.userId, name: actor.name },
        approvedById,
        createdAt: refund.createdAt.toISOString(),
      },
      order: after,
    };
    return result;
  });
  return { result: recorded, throughProvider };
}

/**
 * The refund is recorded (PENDING, so it already counts against what may be refunded); now the
 * provider moves the money. A refusal marks it FAILED, frees the Idempotency-Key, and says so.
 */
async function refundThroughProvider(
  { db, actor, idempotency, requestId, now }: RefundPaymentOptions,
  answer: { refund: TRefund; order: TOrder },
): Promise<{ refund: TRefund; order: TOrder }> {
  const sent = await sendRefund({
    db,
    refundId: answer.refund.id,
    actor,
    idempotency,
    requestId,
    now,
  });
  if (sent !== 'failed') return answer;
  throw new AppError('PROVIDER_UNAVAILABLE', {
    message: 'The payment provider did not take the refund. Nothing was refunded; try again shortly.',
    details: { refundId: answer.refund.id },
  });
}
