import 'server-only';
import type { Db } from '@/lib/db';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import { changeDue } from '@/lib/domain/payments';
import { formatPence } from '@/lib/domain/money';
import { AppError } from '@/lib/errors';
import type { TOrder } from '@/lib/schemas/orders';
import type { TPayment, TTakePaymentBody } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { findOpenDrawerId } from '../cash/open-drawer';
import { applyPaymentToOrder } from './apply-payment-to-order';
import { lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { recordChange } from '../write/record-change';
import { orderUpdatedEvent } from '../write/events';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';

export type TakePaymentOptions = {
  db: Db;
  actor: Actor;
  orderId: string;
  input: TTakePaymentBody;
  /** The request's Idempotency-Key: its answer is stored with this payment, and the key on the payment row. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/**
 * Takes a cash payment against an order. The order row is locked for the whole transaction, so of
 * several payments racing for the same bill each sees what the one before left due: a payment for
 * more than is due is refused (409), and a bill can never be paid twice. When nothing is left due,
 * the order is paid and closed.
 */
export async function takePayment({
  db,
  actor,
  orderId,
  input,
  idempotency,
  requestId,
  now,
}: TakePaymentOptions): Promise<{ payment: TPayment; order: TOrder }> {
  assertPermission(actor, 'payments:take');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId, expectedVersion: input.version });
    if (!canOrderTakePayment(locked.status)) {
      throw new AppError('CONFLICT', {
        message: `Order #${locked.number} is ${locked.status.toLowerCase().replace('_', ' ')}: nothing to pay`,
        details: { reason: 'NOT_PAYABLE', status: locked.status },
      });
    }
    const before = await getOrder(tx, actor.locationId, orderId);
    const due = before.totals.duePence;
    if (input.amountPence > due) {
      throw new AppError('CONFLICT', {
        message:
          due === 0
            ? `Order #${locked.number} is already paid`
            : `Only ${formatPence(due)} is due on order #${locked.number}`,
        details: { reason: 'OVERPAYMENT', duePence: due, order: before },
      });
    }
    const charged = input.amountPence + input.tipPence;
    const tendered = input.tenderedPence ?? charged;
    const change = changeDue(tendered, charged);
    if (change < 0) {
      throw new AppError('VALIDATION_FAILED', {
        message: `${formatPence(tendered)} does not cover ${formatPence(charged)}`,
        details: [{ path: 'tenderedPence', message: 'Less than the amount and tip' }],
      });
    }
    const payment = await tx.payment.create({
      data: {
        locationId: actor.locationId,
        orderId,
        method: 'CASH',
        status: 'SUCCEEDED',
        amountPence: input.amountPence,
        tipPence: input.tipPence,
        tenderedPence: tendered,
        changePence: change,
        idempotencyKey: idempotency?.request.key ?? null,
        cashSessionId: await findOpenDrawerId(tx, actor),
        deviceId: actor.deviceId,
        createdById: actor.userId,
        createdAt: now,
        succeededAt: now,
      },
      select: { id: true },
    });
    const status = await applyPaymentToOrder(tx, locked, before, input.amountPence, now);
    const order = await getOrder(tx, actor.locationId, orderId);
    await recordChange(tx, {
      by: actor,
      action: 'order.payment_taken',
      entity: { type: 'Order', id: order.id },
      before: { status: locked.status, duePence: due },
      after: {
        paymentId: payment.id,
        method: 'CASH',
        amountPence: input.amountPence,
        tipPence: input.tipPence,
        tenderedPence: tendered,
        changePence: change,
        duePence: order.totals.duePence,
        status,
      },
      requestId,
      now,
      events: [orderUpdatedEvent(actor.locationId, order, 'order.payment_taken')],
    });
    return { payment: order.payments.find((p) => p.id === payment.id)!, order };
  });
}
