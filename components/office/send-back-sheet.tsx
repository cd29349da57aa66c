'use client';

import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { arrivedWords, goesBackTo, paidByWords } from '@/lib/client/refund-review-words';
import { formatPence } from '@/lib/domain/money';
import type { TRefundReviewItem } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';

const DEFAULT_REASON = 'Paid twice — returned';

/** Why the refund did not go, and what to do now. */
function problem(error: Error): string {
  if (error instanceof ApiError && error.code === 'NETWORK')
    return 'No answer from the server, so it may not have gone. Try again: it will not be sent twice.';
  if (error instanceof ApiError && error.status >= 500) return `Not sent back: ${error.message}`;
  return `Not sent back: ${error.message}. The list has been read again.`;
}

export type SendBackSheetProps = {
  item: TRefundReviewItem;
  busy: boolean;
  error: Error | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** The one confirm before money goes back: the amount, where it goes, a reason, and the button. */
export function SendBackSheet({ item, busy, error, onConfirm, onClose }: SendBackSheetProps) {
  const { payment, orderNumber, provider, succeededAt } = item;
  const [reason, setReason] = useState(DEFAULT_REASON);
  const amountPence = payment.refundablePence;
  const arrived = arrivedWords(succeededAt);
  const isReasonMissing = reason.trim() === '';
  const confirm = () => {
    if (!isReasonMissing && !busy) onConfirm(reason.trim());
  };

  return (
    <Sheet
      title={`Send ${formatPence(amountPence)} back?`}
      subtitle={`Order #${orderNumber} · ${paidByWords(payment.method, provider)} · arrived ${arrived.date}, ${arrived.time}`}
      onClose={onClose}
      footer={
        <div className="grid grid-cols-[1fr_2fr] gap-3">
          <Button variant="secondary" size="xl" onClick={onClose}>
            Not now
          </Button>
          <Button variant="danger" size="xl" busy={busy} disabled={isReasonMissing} onClick={confirm}>
            <span className="tabular">
              {isReasonMissing ? 'Give a reason first' : `Confirm refund of ${formatPence(amountPence)}`}
            </span>
          </Button>
        </div>
      }
    >
      <form
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        {error ? <Notice tone="error">{problem(error)}</Notice> : null}
        <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-8 gap-y-3 rounded-tile bg-surface p-5">
          <dt className="text-base font-semibold text-ink-muted">Amount</dt>
          <dd className="tabular text-right text-4xl font-bold text-money-due">{formatPence(amountPence)}</dd>
          <dt className="text-base font-semibold text-ink-muted">Paid</dt>
          <dd className="tabular text-right text-base text-ink">
            {formatPence(payment.amountPence)} bill
            {payment.tipPence > 0 ? ` + ${formatPence(payment.tipPence)} tip` : ''}
            {payment.refundedPence > 0 ? ` · ${formatPence(payment.refundedPence)} already refunded` : ''}
          </dd>
          <dt className="text-base font-semibold text-ink-muted">Goes back to</dt>
          <dd className="text-right text-base text-ink">{goesBackTo(payment.method, provider)}</dd>
        </dl>
        <Field
          label="Reason"
          hint="Kept with the refund and in the audit log."
          value={reason}
          maxLength={200}
          required
          onChange={(event) => setReason(event.target.value)}
          error={isReasonMissing ? 'Say why the money goes back' : undefined}
        />
      </form>
    </Sheet>
  );
}
