'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { arrivedWords, goesBackTo, paidByParts } from '@/lib/client/refund-review-words';
import { useRefundReview, useSendMoneyBack } from '@/lib/client/use-refund-review';
import { formatPence } from '@/lib/domain/money';
import type { TRefundReviewItem } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { SendBackSheet } from './send-back-sheet';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';

type Sent = { amountPence: number; orderNumber: number; destination: string };

/** Narrower cells on an iPad in landscape, so six columns fit beside the navigation. */
const CELL = 'px-3 py-4 xl:px-4';

const HEADINGS = ['Arrived', 'Order', 'Paid by', 'Amount', 'Already refunded'] as const;

/**
 * The back office's list of money to send back: each row refunds what is left of one payment
 * (through its provider) after one confirm; the row goes when the list is read again.
 */
export function RefundReview() {
  const review = useRefundReview();
  // Held here, not in the sheet: a refund still on its way when the sheet is closed still reports.
  const sending = useSendMoneyBack();
  const [confirming, setConfirming] = useState<TRefundReviewItem | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  // The row's button is gone once its refund is made: put focus on the news instead of the page.
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  return (
    <div className="flex flex-col gap-5">
      <p className="max-w-3xl text-lg text-ink">
        Payments that arrived after the bill was already settled. Send each one back to the customer.
      </p>
      {sent ? (
        <div ref={sentRef} tabIndex={-1} className="rounded-tile">
          <Notice tone="success">
            <span className="tabular">
              {formatPence(sent.amountPence)} for order #{sent.orderNumber} is on its way back to {sent.destination}.
            </span>{' '}
            The provider confirms it shortly; it shows in the day’s refunds.
          </Notice>
        </div>
      ) : null}
      {review.isError ? (
        <Notice tone="error">
          <span className="flex flex-wrap items-center justify-between gap-3">
            <span>The list could not be loaded ({review.error.message}). Try again in a moment.</span>
            <Button variant="secondary" busy={review.isFetching} onClick={() => void review.refetch()}>
              Try again
            </Button>
          </span>
        </Notice>
      ) : !review.data ? (
        <LoadingRows />
      ) : review.data.length === 0 ? (
        <NothingToSendBack />
      ) : (
        <ReviewTable
          items={review.data}
          onRefund={(item) => {
            sending.reset();
            setConfirming(item);
          }}
        />
      )}
      {confirming ? (
        <SendBackSheet
          item={confirming}
          busy={sending.isPending}
          error={sending.error}
          onClose={() => setConfirming(null)}
          onConfirm={(reason) =>
            sending.send(
              { item: confirming, reason },
              {
                onSuccess: (refund) => {
                  setSent({
                    amountPence: refund.amountPence,
                    orderNumber: confirming.orderNumber,
                    destination: goesBackTo(confirming.payment.method, confirming.provider),
                  });
                  // Only this payment's sheet closes (another may have been opened meanwhile).
                  setConfirming((open) => (open?.payment.id === refund.paymentId ? null : open));
                },
              },
            )
          }
        />
      ) : null}
    </div>
  );
}

function ReviewTable({ items, onRefund }: { items: TRefundReviewItem[]; onRefund: (item: TRefundReviewItem) => void }) {
  const totalPence = items.reduce((sum, item) => sum + item.payment.refundablePence, 0);
  return (
    <div className="flex flex-col gap-3">
      <p className="tabular text-base font-semibold text-ink-muted">
        {items.length === 1 ? '1 payment' : `${items.length} payments`} · {formatPence(totalPence)} to send back
      </p>
      <table className="w-full overflow-hidden rounded-tile border border-line bg-surface-raised text-left">
        <caption className="sr-only">Payments to send back, oldest first</caption>
        <thead className="border-b border-line text-sm text-ink-muted">
          <tr>
            {HEADINGS.map((heading) => (
              <th
                key={heading}
                scope="col"
                className={`${CELL} font-semibold ${heading === 'Amount' || heading === 'Already refunded' ? 'text-right' : ''}`}
              >
                {heading}
              </th>
            ))}
            <th scope="col" className={CELL}>
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ReviewRow key={item.payment.id} item={item} onRefund={() => onRefund(item)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReviewRow({ item, onRefund }: { item: TRefundReviewItem; onRefund: () => void }) {
  const { payment, orderNumber, provider, succeededAt } = item;
  const arrived = arrivedWords(succeededAt);
  const paidBy = paidByParts(payment.method, provider);
  return (
    <tr className="border-b border-line align-middle last:border-0">
      <td className={CELL}>
        <span className="block whitespace-nowrap text-base font-semibold text-ink">{arrived.date}</span>
        <span className="tabular block text-base text-ink-muted">{arrived.time}</span>
      </td>
      <td className={`tabular ${CELL} text-lg font-semibold text-ink`}>#{orderNumber}</td>
      <td className={`${CELL} text-base text-ink`}>
        {/* Wraps, when it must, before the provider: "Pay by bank / (test bank)". */}
        {paidBy.method}
        {paidBy.through ? <span className="whitespace-nowrap"> ({paidBy.through})</span> : null}
      </td>
      <td className={`${CELL} whitespace-nowrap text-right`}>
        <span className="tabular block text-lg font-bold text-money-due">
          {formatPence(payment.amountPence + payment.tipPence)}
        </span>
        {payment.tipPence > 0 ? (
          <span className="tabular block text-sm text-ink-muted">incl. {formatPence(payment.tipPence)} tip</span>
        ) : null}
      </td>
      <td
        className={`tabular ${CELL} text-right text-base ${payment.refundedPence > 0 ? 'text-ink' : 'text-ink-muted'}`}
      >
        {formatPence(payment.refundedPence)}
      </td>
      <td className={`${CELL} text-right`}>
        <Button
          size="lg"
          className="whitespace-nowrap"
          aria-label={`Refund ${formatPence(payment.refundablePence)} for order #${orderNumber}`}
          onClick={onRefund}
        >
          <span className="tabular">Refund {formatPence(payment.refundablePence)}</span>
        </Button>
      </td>
    </tr>
  );
}

function LoadingRows() {
  return (
    <SkeletonGroup label="Loading payments to send back…" className="flex flex-col gap-3">
      <Skeleton shape="line" className="h-6 w-64" />
      <div aria-hidden className="flex flex-col overflow-hidden rounded-tile border border-line bg-surface-raised">
        {[0, 1, 2].map((row) => (
          <div key={row} className="flex items-center gap-6 border-b border-line p-4 last:border-0">
            <Skeleton shape="line" className="h-10 w-32" />
            <Skeleton shape="line" className="h-6 w-14" />
            <Skeleton shape="line" className="h-6 flex-1" />
            <Skeleton shape="line" className="h-6 w-20" />
            <Skeleton className="h-14 w-40" />
          </div>
        ))}
      </div>
    </SkeletonGroup>
  );
}

function NothingToSendBack() {
  return (
    <div className="flex items-center gap-4 rounded-sheet border border-line bg-surface-raised p-8">
      <CircleCheck aria-hidden className="size-10 shrink-0 text-success" />
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold text-ink">Nothing to send back</h2>
        <p className="text-base text-ink-muted">
          Every payment went to a bill that needed it. Anything that arrives late shows here.
        </p>
      </div>
    </div>
  );
}
