import { formatPence } from '@/lib/domain/money';
import type { OrderPreview } from '@/lib/client/order-preview';
import { Skeleton } from '../ui/skeleton';

export type TicketTotalsProps = {
  preview: OrderPreview;
  /** Once money was taken: what is paid and what is left (shown as the big figure). */
  paid?: { paidPence: number; duePence: number };
  /** The order is still being read: shapes instead of a £0.00 that is not its total. */
  isLoading?: boolean;
};

/**
 * Discount, VAT included and the total in 36 px tabular figures; marked while lines are pending.
 * A part-paid order shows what is paid, and "left to pay" becomes the big figure.
 */
export function TicketTotals({ preview, paid, isLoading = false }: TicketTotalsProps) {
  return (
    <dl className="flex flex-col gap-1 border-t border-line pt-3">
      {preview.discountPence > 0 ? (
        <>
          <div className="flex justify-between text-base text-ink">
            <dt>Subtotal</dt>
            <dd className="tabular">{formatPence(preview.subtotalPence)}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold text-success">
            <dt>Discount</dt>
            <dd className="tabular">−{formatPence(preview.discountPence)}</dd>
          </div>
        </>
      ) : null}
      <div className="flex justify-between text-base text-ink-muted">
        <dt>VAT included</dt>
        <dd className="tabular">
          {isLoading ? (
            <Skeleton as="span" shape="line" className="inline-block h-5 w-16" />
          ) : (
            formatPence(preview.vatPence)
          )}
        </dd>
      </div>
      <div
        className="flex items-baseline justify-between"
        aria-live="polite"
        aria-busy={preview.isEstimate || undefined}
      >
        <dt className="text-xl font-bold text-ink">
          Total
          {preview.isEstimate ? <span className="ml-2 text-sm font-medium text-ink-muted">updating…</span> : null}
        </dt>
        <dd data-testid="order-total" className={`tabular font-bold text-money-due ${paid ? 'text-2xl' : 'text-4xl'}`}>
          {isLoading ? (
            <Skeleton as="span" shape="line" className="inline-block h-10 w-32 align-middle" />
          ) : (
            formatPence(preview.totalPence)
          )}
        </dd>
      </div>
      {paid ? (
        <>
          <div className="flex justify-between text-lg font-semibold text-money-paid">
            <dt>Paid</dt>
            <dd className="tabular">{formatPence(paid.paidPence)}</dd>
          </div>
          <div className="flex items-baseline justify-between">
            <dt className="text-xl font-bold text-ink">Left to pay</dt>
            <dd data-testid="order-due" className="tabular text-4xl font-bold text-money-due">
              {formatPence(paid.duePence)}
            </dd>
          </div>
        </>
      ) : null}
    </dl>
  );
}
