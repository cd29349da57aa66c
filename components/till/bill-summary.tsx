import { formatPence } from '@/lib/domain/money';
import type { TOrder } from '@/lib/schemas/orders';
import { PaymentList } from './payment-list';

/** The pay screen's left side: what is left to pay in 40 px, what the bill was and what is paid, and the payments. */
export function BillSummary({ order }: { order: TOrder }) {
  const { totals } = order;
  const live = order.lines.filter((line) => !line.voidedAt);
  return (
    <section aria-label="Bill" className="flex min-h-0 flex-col gap-4 border-r border-line bg-surface-raised p-6">
      <div>
        <p className="text-lg font-semibold text-ink-muted">Left to pay</p>
        <p data-testid="amount-due" className="tabular text-[40px] font-bold leading-tight text-money-due">
          {formatPence(totals.duePence)}
        </p>
      </div>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-lg">
        <dt className="text-ink-muted">Bill total</dt>
        <dd className="tabular text-right font-semibold text-ink">{formatPence(totals.totalPence)}</dd>
        {totals.serviceChargePence > 0 ? (
          <>
            <dt className="text-ink-muted">incl. service</dt>
            <dd className="tabular text-right text-ink">{formatPence(totals.serviceChargePence)}</dd>
          </>
        ) : null}
        <dt className="text-ink-muted">Paid</dt>
        <dd className="tabular text-right font-semibold text-money-paid">{formatPence(totals.paidPence)}</dd>
        {totals.tipPence > 0 ? (
          <>
            <dt className="text-ink-muted">Tips</dt>
            <dd className="tabular text-right text-ink">{formatPence(totals.tipPence)}</dd>
          </>
        ) : null}
      </dl>
      <div className="min-h-0 flex-1 overflow-y-auto border-t border-line pt-3">
        <h3 className="text-base font-bold text-ink">Payments</h3>
        <PaymentList payments={order.payments} />
        <h3 className="mt-4 text-base font-bold text-ink">Items</h3>
        <ul aria-label="Items on the bill" className="flex flex-col">
          {live.map((line) => (
            <li key={line.id} className="flex justify-between gap-3 py-1 text-base text-ink">
              <span>
                <span className="tabular">{line.quantity}</span> × {line.name}
                {line.seat ? <span className="text-ink-muted"> · seat {line.seat}</span> : null}
              </span>
              <span className="tabular">{formatPence(line.totalPence)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
