import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { SandboxStatus } from '@/lib/domain/checkout';

export type SandboxBankPaymentView = {
  id: string;
  payeeName: string;
  amountPence: number;
  reference: string;
  bankId: string | null;
  status: SandboxStatus;
  returnUrl: string;
};

const STATUSES: readonly string[] = ['pending', 'approved', 'declined', 'canceled'] satisfies SandboxStatus[];

/**
 * What the test bank's own page shows for one of its payments (the bank's books, not the café's),
 * or null when it has no such payment. Anyone holding the id may see it, as with a real bank's
 * hosted page: it names the payee, the amount and the reference, nothing else.
 */
export async function findSandboxBankPayment({
  db,
  id,
}: {
  db: DbOrTx;
  id: string;
}): Promise<SandboxBankPaymentView | null> {
  const payment = await db.sandboxBankPayment.findUnique({
    where: { id },
    select: {
      id: true,
      payeeName: true,
      amountPence: true,
      reference: true,
      bankId: true,
      status: true,
      returnUrl: true,
    },
  });
  if (!payment) return null;
  return { ...payment, status: STATUSES.includes(payment.status) ? (payment.status as SandboxStatus) : 'pending' };
}
