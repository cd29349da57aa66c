import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { orderStatusAfterPayment } from '@/lib/domain/payments';
import type { TOrder } from '@/lib/schemas/orders';
import { bumpOrderVersion, type LockedOrder } from '../orders/lock-order';
import { newReceiptToken } from '../receipts/receipt';

/**
 * Moves a locked order on after money was taken against it (cash at the till, or a provider's
 * confirmation): part-paid, or paid and closed; the first payment mints the receipt link.
 */
export async function applyPaymentToOrder(
  tx: DbOrTx,
  locked: LockedOrder,
  before: Pick<TOrder, 'receiptToken' | 'totals'>,
  amountPence: number,
  now: Date,
) {
  const status = orderStatusAfterPayment(locked.status, amountPence, before.totals.duePence);
  await bumpOrderVersion(tx, locked, {
    status,
    ...(status === 'CLOSED' ? { paidAt: now, closedAt: now } : {}),
    ...(before.receiptToken ? {} : { receiptToken: newReceiptToken() }),
  });
  return status;
}
