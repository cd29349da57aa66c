import 'server-only';
import type { Db } from '@/lib/db';
import {
  PENDING_PAYMENT_SELECT,
  PENDING_WITH_PROVIDER,
  type PendingPayment,
  reconcilePayments,
} from '../payments/reconcile-payment';

/** The customer is back from their bank: settle their checkout's pending attempts from the provider. */
export async function reconcileCheckout(db: Db, token: string, now: Date): Promise<number> {
  const payments = await db.payment.findMany({
    where: { ...PENDING_WITH_PROVIDER, checkout: { token } },
    select: PENDING_PAYMENT_SELECT,
  });
  return reconcilePayments(db, payments as PendingPayment[], now);
}
