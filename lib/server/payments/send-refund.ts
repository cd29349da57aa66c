import 'server-only';
import type { Db } from '@/lib/db';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { getLogger } from '../logger';
import { lockOrder } from '../orders/lock-order';
import { type ChangeActor, changedBy, recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { providerNamed } from './providers';
import { moveRefund } from './settle-refund';

export type SendRefundOptions = {
  db: Db;
  refundId: string;
  /** Who asked: the cashier's request, or null for the worker's sweep. */
  actor: ChangeActor | null;
  /**
   * The Idempotency-Key whose answer recorded this refund: released if the provider refuses, so a
   * retry with it records a new refund instead of replaying one that failed.
   */
  idempotency?: IdempotencyHold | null;
  requestId?: string;
  now: Date;
};

export type SendRefundResult = 'sent' | 'failed' | 'already_sent';

/**
 * Hands a recorded (PENDING) card or bank refund to its provider, with the refund's id as the
 * provider's idempotency key, so sending twice (a retry, the sweep after a crash) refunds once.
 * The provider's id is recorded; its confirmation (a webhook or status read) makes the refund
 * SUCCEEDED later. A refusal marks it FAILED — the till hears it — and it no longer counts against
 * what may be refunded.
 */
export async function sendRefund({
  db,
  refundId,
  actor,
  idempotency,
  requestId,
  now,
}: SendRefundOptions): Promise<SendRefundResult> {
  const refund = await db.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      status: true,
      amountPence: true,
      providerRefundId: true,
      locationId: true,
      payment: {
        select: { orderId: true, provider: true, providerPaymentId: true, order: { select: { number: true } } },
      },
    },
  });
  if (refund.status !== 'PENDING' || refund.providerRefundId) return 'already_sent';
  const { payment } = refund;
  let providerRefundId: string;
  try {
    const source = payment.provider ? providerNamed(db, payment.provider) : null;
    if (!source || !payment.providerPaymentId) throw new Error(`provider ${payment.provider} is not configured`);
    ({ providerRefundId } = await source.refund({
      providerPaymentId: payment.providerPaymentId,
      amountPence: refund.amountPence,
      idempotencyKey: refundId,
      reference: `Refund order ${payment.order.number}`,
    }));
  } catch (error) {
    getLogger().error({ err: error, refundId, provider: payment.provider }, 'provider refund failed');
    await writeTransaction(db, { now }, async (tx) => {
      const order = await lockOrder(tx, { orderId: payment.orderId, locationId: refund.locationId });
      const moved = await moveRefund(tx, {
        refundId,
        locationId: refund.locationId,
        order,
        to: 'FAILED',
        actor,
        source: 'provider_refused',
        requestId,
        now,
      });
      if (moved) await idempotency?.release(tx);
    });
    return 'failed';
  }
  await writeTransaction(db, { now }, async (tx) => {
    const sent = await tx.refund.updateMany({
      where: { id: refundId, providerRefundId: null },
      data: { providerRefundId },
    });
    if (sent.count !== 1) return;
    await recordChange(tx, {
      ...changedBy(actor, refund.locationId),
      action: 'refund.sent',
      entity: { type: 'Refund', id: refundId },
      after: { providerRefundId },
      requestId,
      now,
    });
  });
  return 'sent';
}
