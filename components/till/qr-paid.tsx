import { Printer } from 'lucide-react';
import { formatPence } from '@/lib/domain/money';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Skeleton } from '../ui/skeleton';
import { orderNo } from './order-labels';

export type QrPaidActionsProps = {
  /** The order as it is now (after the payment, once the refetch lands). */
  order: TOrder | undefined;
  /** What the next-share button says while something is still due ("Share 2 of 2 · £4.92"). */
  nextShareLabel: string;
  onPrint: () => void;
  /** Something is still due (a split): back to the pay screen for the next share. */
  onNextShare: () => void;
  onDone: () => void;
};

/** After the customer paid on their phone: what is left on the order, the receipt, and the next step. */
export function QrPaidActions({ order, nextShareLabel, onPrint, onNextShare, onDone }: QrPaidActionsProps) {
  if (!order) return <Skeleton className="h-32" />;
  const duePence = order.totals.duePence;
  const isClosed = duePence === 0;
  return (
    <div className="flex flex-col gap-4">
      {isClosed ? (
        <p className="text-2xl font-semibold text-ink">Order {orderNo(order)} is paid and closed.</p>
      ) : (
        <p className="tabular w-fit rounded-tile border-2 border-money-due px-5 py-2 text-3xl font-bold text-money-due">
          {formatPence(duePence)} left to pay
        </p>
      )}
      <div className="grid grid-cols-2 gap-3">
        <Button variant="secondary" size="xl" onClick={onPrint}>
          <Printer aria-hidden className="size-6" /> Print receipt
        </Button>
        <Button autoFocus size="xl" onClick={isClosed ? onDone : onNextShare}>
          <span className="tabular">{isClosed ? 'Next order' : nextShareLabel}</span>
        </Button>
        {isClosed ? null : (
          <Button variant="ghost" size="lg" className="col-span-2" onClick={onDone}>
            Done for now (the order stays open, {formatPence(duePence)} to pay)
          </Button>
        )}
      </div>
    </div>
  );
}
