import { formatPence } from '@/lib/domain/money';
import type { TPayment } from '@/lib/schemas/payments';

const METHOD: Record<TPayment['method'], string> = {
  CASH: 'Cash',
  CARD: 'Card',
  WALLET: 'Wallet',
  OPEN_BANKING: 'Pay by bank',
};

/** "12:41" from an ISO time. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Refunds that have not failed, split into paid out and still with the provider. */
function refundParts(payment: TPayment) {
  const sum = (status: TPayment['refunds'][number]['status']) =>
    payment.refunds
      .filter((refund) => refund.status === status)
      .reduce((total, refund) => total + refund.amountPence, 0);
  return { paidOutPence: sum('SUCCEEDED'), onItsWayPence: sum('PENDING') };
}

/**
 * One payment in words: "Cash £4.93 · £5.00 given · £0.07 change · tip £0.50"; a card or bank
 * refund still with its provider says "on its way", not "refunded".
 */
export function paymentDetails(payment: TPayment): string {
  const { paidOutPence, onItsWayPence } = refundParts(payment);
  return [
    payment.tipPence > 0 ? `tip ${formatPence(payment.tipPence)}` : null,
    payment.tenderedPence !== null ? `${formatPence(payment.tenderedPence)} given` : null,
    payment.changePence ? `${formatPence(payment.changePence)} change` : null,
    paidOutPence > 0 ? `${formatPence(paidOutPence)} refunded` : null,
    onItsWayPence > 0 ? `${formatPence(onItsWayPence)} refund on its way` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The order's payments so far, oldest first; failed ones say so. */
export function PaymentList({ payments }: { payments: readonly TPayment[] }) {
  if (payments.length === 0) return <p className="text-base text-ink-muted">No payments yet.</p>;
  return (
    <ul aria-label="Payments" className="flex flex-col divide-y divide-line">
      {payments.map((payment) => {
        const isPaid = payment.status === 'SUCCEEDED';
        return (
          <li key={payment.id} className="flex flex-col py-2">
            <span className="flex items-baseline justify-between gap-3">
              <span className="text-lg font-semibold text-ink">
                {METHOD[payment.method]}
                <span className="ml-2 text-base font-normal text-ink-muted">{clockTime(payment.createdAt)}</span>
              </span>
              <span
                className={`tabular text-lg font-bold ${isPaid ? 'text-money-paid' : 'text-ink-muted line-through'}`}
              >
                {formatPence(payment.amountPence)}
              </span>
            </span>
            <span className="text-base text-ink-muted">
              {isPaid ? paymentDetails(payment) : payment.status.toLowerCase()}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export { METHOD as PAYMENT_METHOD_NAMES };
