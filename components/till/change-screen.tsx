import { CircleCheck, Printer } from 'lucide-react';
import { formatPence } from '@/lib/domain/money';
import type { TOrder } from '@/lib/schemas/orders';
import type { TPayment } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { orderNo } from './order-labels';

export type ChangeScreenProps = {
  payment: TPayment;
  /** The order as the payment left it. */
  order: TOrder;
  /** The next share to take, while something is left to pay. */
  nextShare: { label: string; amountPence: number } | null;
  onNextShare: () => void;
  onDone: () => void;
  onPrint: () => void;
};

/** After a cash tender: the change as the biggest thing on screen until the cashier moves on. */
export function ChangeScreen({ payment, order, nextShare, onNextShare, onDone, onPrint }: ChangeScreenProps) {
  const change = payment.changePence ?? 0;
  const isClosed = order.totals.duePence === 0;
  return (
    <section
      aria-labelledby="change-heading"
      className="flex min-h-0 flex-col items-center justify-center gap-6 overflow-y-auto p-8 text-center"
    >
      <p
        id="change-heading"
        role="status"
        className="flex items-center gap-3 rounded-tile bg-success-soft px-5 py-3 text-2xl font-bold text-success"
      >
        <CircleCheck aria-hidden className="size-8" />
        <span className="tabular">
          {formatPence(payment.amountPence)} paid in cash
          {payment.tipPence > 0 ? ` + ${formatPence(payment.tipPence)} tip` : ''}
        </span>
      </p>
      <p data-testid="change-due" aria-live="assertive" className="flex flex-col items-center leading-none">
        {change > 0 ? (
          <>
            <span className="text-4xl font-bold uppercase tracking-wide text-ink-muted">Change</span>{' '}
            <span className="tabular text-[128px] font-black text-money-due">{formatPence(change)}</span>
          </>
        ) : (
          <span className="text-7xl font-black text-ink">No change</span>
        )}
      </p>
      <p className="tabular text-xl text-ink-muted">
        {payment.tenderedPence !== null ? `${formatPence(payment.tenderedPence)} given` : 'Exact'} · order{' '}
        {orderNo(order)}
      </p>
      {isClosed ? (
        <p className="text-2xl font-semibold text-ink">Order {orderNo(order)} is paid and closed.</p>
      ) : (
        <p className="tabular rounded-tile border-2 border-money-due px-5 py-2 text-3xl font-bold text-money-due">
          {formatPence(order.totals.duePence)} left to pay
        </p>
      )}
      <div className="grid w-full max-w-2xl grid-cols-2 gap-3">
        <Button variant="secondary" size="xl" onClick={onPrint}>
          <Printer aria-hidden className="size-6" /> Print receipt
        </Button>
        {isClosed ? (
          <Button autoFocus size="xl" onClick={onDone}>
            Next order
          </Button>
        ) : (
          <Button autoFocus size="xl" onClick={onNextShare}>
            <span className="tabular">
              {nextShare ? `${nextShare.label} · ${formatPence(nextShare.amountPence)}` : 'Take the rest'}
            </span>
          </Button>
        )}
        {isClosed ? null : (
          <Button variant="ghost" size="lg" className="col-span-2" onClick={onDone}>
            Done for now (the order stays open, {formatPence(order.totals.duePence)} to pay)
          </Button>
        )}
      </div>
    </section>
  );
}
