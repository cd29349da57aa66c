import 'server-only';
import type { Db } from '@/lib/db';
import { formatPence } from '@/lib/domain/money';
import { refundableFrom } from '@/lib/domain/payments';
import { AppError } from '@/lib/errors';
import type { TOrder } from '@/lib/schemas/orders';
import type { TRefund, TRefundBody } from '@/lib/schemas/payments';
import { approverFor } from '../approvals/require-approval';
import type { Actor } from '../auth/actor';
import { findOpenDrawerId } from '../cash/open-drawer';
import { bumpOrderVersion, lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { recordOrderChange } from '../orders/record-order-change';
import { getLogger } from '../logger';
import { assertPermission } from '../permissions';
import { providerNamed } from './providers';

export type RefundPaymentOptions = {
  db: Db;
  actor: Actor;
  paymentId: string;
  input: TRefundBody;
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
export async function refundPayment({
  db,
  actor,
  paymentId,
  input,
  requestId,
  now,
}: RefundPaymentOptions): Promise<{ refund: TRefund; order: TOrder }> {
  const recorded = await recordRefund({ db, actor, paymentId, input, requestId, now });
  if (!recorded.provider) return recorded.result;
  return refundThroughProvider(db, actor, recorded.result, recorded.provider);
}

type RecordedRefund = {
  result: { refund: TRefund; order: TOrder };
  /** Set for a card or bank payment: the provider still has to move the money. */
  provider: { name: string; providerPaymentId: string } | null;
};

async function recordRefund({
  db,
  actor,
  paymentId,
  input,
  requestId,
  now,
}: RefundPaymentOptions): Promise<RecordedRefund> {
  assertPermission(actor, 'payments:take');
  const found = await db.payment.findFirst({
    where: { id: paymentId, locationId: actor.locationId },
    select: { orderId: true },
  });
  if (!found) throw new AppError('NOT_FOUND', { message: 'No such payment at this location' });
  return db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, { orderId: found.orderId, locationId: actor.locationId });
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    const provider =
      payment.method === 'CASH' ? null : { name: payment.provider, providerPaymentId: payment.providerPaymentId };
    if (provider && (!provider.name || !provider.providerPaymentId)) {
      throw new AppError('CONFLICT', {
        message: 'This payment was not taken through a provider here; refund it where it was taken',
        details: { reason: 'NO_PROVIDER' },
      });
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
        status: provider ? 'PENDING' : 'SUCCEEDED',
        cashSessionId: provider ? null : await findOpenDrawerId(tx, actor),
        createdById: actor.userId,
        approvedById,
        createdAt: now,
      },
    });
    await bumpOrderVersion(tx, locked);
    const after = await getOrder(tx, actor.locationId, payment.orderId);
    await recordOrderChange({
      tx,
      actor,
      order: after,
      action: 'order.refunded',
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
    return { result, provider: provider as RecordedRefund['provider'] };
  });
}

/**
 * The refund is recorded (PENDING, so it already counts against what may be refunded); now the
 * provider moves the money, with the refund's id as its idempotency key. The provider's answer
 * (or, for Stripe, `charge.refunded`) makes it SUCCEEDED; a refusal marks it FAILED and says so.
 */
async function refundThroughProvider(
  db: Db,
  actor: Actor,
  { refund, order }: { refund: TRefund; order: TOrder },
  provider: { name: string; providerPaymentId: string },
): Promise<{ refund: TRefund; order: TOrder }> {
  const source = providerNamed(db, provider.name);
  try {
    if (!source) throw new Error(`provider ${provider.name} is not configured`);
    const done = await source.refund({
      providerPaymentId: provider.providerPaymentId,
      amountPence: refund.amountPence,
      idempotencyKey: refund.id,
      reference: `Refund order ${order.number}`,
    });
    await db.refund.update({ where: { id: refund.id }, data: { providerRefundId: done.providerRefundId } });
    return { refund, order };
  } catch (error) {
    getLogger().error({ err: error, refundId: refund.id, provider: provider.name }, 'provider refund failed');
    await db.refund.update({ where: { id: refund.id }, data: { status: 'FAILED' } });
    throw new AppError('PROVIDER_UNAVAILABLE', {
      message: 'The payment provider did not take the refund. Nothing was refunded; try again shortly.',
      details: { refundId: refund.id, actor: actor.userId },
    });
  }
}
