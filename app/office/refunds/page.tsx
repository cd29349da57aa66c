import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { RefundReview } from '@/components/office/refund-review';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Money to send back' };

/** Payments that arrived after their bill was settled, each to be refunded through its provider. */
export default async function RefundsPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/refunds', 'payments:refund');
  return (
    <OfficeShell {...shell} title="Money to send back">
      {allowed ? <RefundReview /> : <NotAllowed role={actor.role} />}
    </OfficeShell>
  );
}
