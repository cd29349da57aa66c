'use client';

import { Printer, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { refundOutcomeWords } from '@/lib/client/refund-review-words';
import { useOrder } from '@/lib/client/use-orders';
import type { TOrder } from '@/lib/schemas/orders';
import type { TRefund } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { orderNo, placeLabel } from './order-labels';
import { clockTime, PaymentList } from './payment-list';
import { ReceiptDialog } from './receipt-dialog';
import { RefundSheet } from './refund-sheet';

export type PaidOrderSheetProps = { order: TOrder; onClose: () => void };

/** A paid order: its items, totals and payments, with Print receipt and Refund…. */
export function PaidOrderSheet({ order: listed, onClose }: PaidOrderSheetProps) {
  const order = useOrder(listed.id).data ?? listed;
  const [mode, setMode] = useState<'detail' | 'refund' | 'receipt'>('detail');
  const [refunded, setRefunded] = useState<TRefund | null>(null);
  const refundable = order.payments.reduce((sum, payment) => sum + payment.refundablePence, 0);
  const { totals } = order;

  if (mode === 'refund') {
    return (
      <RefundSheet
        order={order}
        onClose={() => setMode('detail')}
        onRefunded={(refund) => {
          setRefunded(refund);
          setMode('detail');
        }}
      />
    );
  }

  return (
    <Sheet
      title={`Order ${orderNo(order)} · ${placeLabel(order)}`}
      subtitle={`Paid ${order.paidAt ? clockTime(order.paidAt) : ''} · ${order.createdBy.name} · ${formatPence(totals.totalPence)}`}
      onClose={onClose}
      footer={
        <div className="grid grid-cols-2 gap-3">
          <Button variant="secondary" size="xl" onClick={() => setMode('receipt')}>
            <Printer aria-hidden className="size-6" /> Print receipt
          </Button>
          <Button size="xl" disabled={refundable === 0} onClick={() => setMode('refund')}>
            <Undo2 aria-hidden className="size-6" /> {refundable === 0 ? 'Nothing left to refund' : 'Refund…'}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-5">
        {refunded ? <RefundOutcome refund={refunded} order={order} /> : null}
        <ul aria-label="Items" className="flex flex-col divide-y divide-line">
          {order.lines.map((line) => (
            <li
              key={line.id}
              className={`flex justify-between gap-3 py-2 text-lg text-ink ${line.voidedAt ? 'text-ink-muted line-through' : ''}`}
            >
              <span>
                <span className="tabular">{line.quantity}</span> × {line.name}
                {line.modifiers.length ? (
                  <span className="text-base text-ink-muted"> · {line.modifiers.map((m) => m.name).join(', ')}</span>
                ) : null}
              </span>
              <span className="tabular">{formatPence(line.voidedAt ? 0 : line.totalPence)}</span>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-line pt-3 text-lg">
          <dt className="text-ink-muted">VAT included</dt>
          <dd className="tabular text-right text-ink">{formatPence(totals.vatPence)}</dd>
          <dt className="font-bold text-ink">Total</dt>
          <dd className="tabular text-right font-bold text-ink">{formatPence(totals.totalPence)}</dd>
          {totals.tipPence > 0 ? (
            <>
              <dt className="text-ink-muted">Tips</dt>
              <dd className="tabular text-right text-ink">{formatPence(totals.tipPence)}</dd>
            </>
          ) : null}
          {totals.refundedPence > 0 ? (
            <>
              <dt className="font-semibold text-state-void">Refunded</dt>
              <dd className="tabular text-right font-semibold text-state-void">−{formatPence(totals.refundedPence)}</dd>
            </>
          ) : null}
        </dl>
        <div>
          <h3 className="text-lg font-bold text-ink">Payments</h3>
          <PaymentList payments={order.payments} />
        </div>
      </div>
      {mode === 'receipt' ? <ReceiptDialog order={order} onClose={() => setMode('detail')} /> : null}
    </Sheet>
  );
}

/**
 * What became of the refund just made, kept current: a card or bank refund shows "on its way"
 * until the provider's answer reaches the order (the worker settles it), then "paid out" or
 * "refused". Cash is given from the drawer there and then.
 */
function RefundOutcome({ refund, order }: { refund: TRefund; order: TOrder }) {
  const status =
    order.payments.find((payment) => payment.id === refund.paymentId)?.refunds.find((each) => each.id === refund.id)
      ?.status ?? refund.status;
  const outcome = refundOutcomeWords({ method: refund.method, amountPence: refund.amountPence, status });
  return (
    <Notice tone={outcome.tone}>
      <span
        data-testid="refund-outcome-state"
        className="mr-2 rounded-md border-2 border-current px-2 font-bold uppercase"
      >
        {outcome.state}
      </span>
      <span className="text-lg">{outcome.text}</span>
    </Notice>
  );
}
