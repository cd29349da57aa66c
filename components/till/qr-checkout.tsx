'use client';

import { Banknote, RefreshCw, WifiOff, X } from 'lucide-react';
import { useState } from 'react';
import { checkoutLook, shownCheckoutStatus } from '@/lib/client/checkout-status';
import { useCancelCheckout, useCreateCheckout, useLiveCheckout } from '@/lib/client/use-checkout';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { useNowEverySecond } from '@/lib/client/use-now';
import { formatPence } from '@/lib/domain/money';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { orderNo, placeLabel } from './order-labels';
import { CheckoutCountdown, CheckoutStatusBox, QrCodeCard } from './qr-checkout-parts';
import { QrPaidActions } from './qr-paid';
import { ReceiptDialog } from './receipt-dialog';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';

export type QrCheckoutProps = {
  /** The checkout the pay screen's QR button made. */
  checkoutId: string;
  orderId: string;
  /** What is being paid: "Whole bill", "Share 1 of 2". */
  shareLabel: string;
  /** The share's amount, asked for again by New QR; undefined for whatever is due then. */
  shareAmountPence: number | undefined;
  venueName: string;
  tipsEnabled: boolean;
  /** What the next-share button says once this share is paid and more is due. */
  nextShareLabel: string;
  /** Back to the pay screen (the checkout is cancelled or over). */
  onBack: () => void;
  /** This share is paid and more is due: the pay screen moves to the next share. */
  onNextShare: () => void;
  /** The same as after cash: on to the next order. */
  onFinished: () => void;
};

/** How the cashier leaves a live QR: each cancels it first, so the customer cannot pay it as well. */
type Leave = 'cancel' | 'new' | 'cash';

/**
 * The customer pays on their phone: the QR big enough to scan across the counter, the amount, the
 * time left and what the customer is doing, live from the phone (realtime, with polling behind it).
 */
export function QrCheckout(props: QrCheckoutProps) {
  const { orderId, shareLabel, shareAmountPence, venueName, tipsEnabled, onBack } = props;
  const [checkoutId, setCheckoutId] = useState(props.checkoutId);
  const { checkout: checkoutQuery, order: orderQuery } = useLiveCheckout(checkoutId, orderId);
  const create = useCreateCheckout();
  const cancel = useCancelCheckout();
  const now = useNowEverySecond();
  const isOffline = useIsOffline();
  // Cancelling while the customer is approving at their bank asks once: their money may be on its way.
  const [confirming, setConfirming] = useState<Leave | null>(null);
  const [leaving, setLeaving] = useState<Leave | null>(null);
  const [isReceiptOpen, setIsReceiptOpen] = useState(false);

  const checkout = checkoutQuery.data;
  const order = orderQuery.data;
  const heading = order ? `QR checkout · ${orderNo(order)} · ${placeLabel(order)}` : 'QR checkout';

  if (!checkout) {
    return (
      <section aria-label={heading} aria-busy className="flex flex-col gap-4 p-6">
        {checkoutQuery.isError ? (
          <Notice tone="error">Could not load the QR: {checkoutQuery.error.message}</Notice>
        ) : (
          <SkeletonGroup label="Loading the QR…">
            <Skeleton shape="sheet" className="h-[432px] w-[392px]" />
          </SkeletonGroup>
        )}
        <Button variant="secondary" size="lg" className="w-fit" onClick={onBack}>
          Back to pay
        </Button>
      </section>
    );
  }

  const status = shownCheckoutStatus(checkout.status, checkout.expiresAt, now);
  const look = checkoutLook(status);
  const isPaid = status === 'PAID';
  const isMaking = create.isPending;
  const isBusy = isMaking || cancel.isPending;
  const error = create.error ?? cancel.error;

  function makeNew() {
    create.run({ orderId, amountPence: shareAmountPence }, { onSuccess: (fresh) => setCheckoutId(fresh.id) });
  }

  function leave(how: Leave, isConfirmed = false) {
    if (status === 'AT_BANK' && !isConfirmed) {
      setConfirming(how);
      return;
    }
    setConfirming(null);
    setLeaving(how);
    create.reset();
    cancel.reset();
    const next = how === 'new' ? makeNew : onBack;
    if (look.isFinal) next();
    else cancel.mutate(checkoutId, { onSuccess: () => next() });
  }

  return (
    <section aria-labelledby="qr-heading" className="grid min-h-0 grid-rows-[auto_1fr]">
      <header className="flex items-center gap-4 border-b border-line bg-surface-raised px-6 py-3">
        <h2 id="qr-heading" className="text-2xl font-bold text-ink">
          {heading}
        </h2>
      </header>
      <div className="grid min-h-0 grid-cols-[auto_1fr] gap-8 overflow-y-auto px-8 py-6">
        <QrCodeCard checkout={checkout} venueName={venueName} status={status} isMaking={isMaking} />
        <div className="flex min-w-0 flex-col gap-4">
          <div>
            <p className="text-xl font-semibold text-ink-muted">{shareLabel}</p>
            <p data-testid="checkout-amount" className="tabular text-[56px] font-bold leading-tight text-money-due">
              {formatPence(checkout.amountPence)}
              {checkout.tipPence > 0 ? (
                <span className="text-3xl font-semibold text-ink"> + {formatPence(checkout.tipPence)} tip</span>
              ) : null}
            </p>
            {tipsEnabled && !look.isFinal ? (
              <p className="text-lg text-ink-muted">They can add a tip on their phone.</p>
            ) : null}
          </div>
          <CheckoutStatusBox status={status} isBusy={status === 'AT_BANK'} />
          <p className="text-lg text-ink">{look.hint}</p>
          {isPaid ? (
            <QrPaidActions
              order={order}
              nextShareLabel={props.nextShareLabel}
              onPrint={() => setIsReceiptOpen(true)}
              onNextShare={props.onNextShare}
              onDone={props.onFinished}
            />
          ) : (
            <>
              {look.isFinal || isMaking ? null : (
                <CheckoutCountdown remainingMs={Date.parse(checkout.expiresAt) - now} />
              )}
              {error ? <Notice tone="error">{error.message}</Notice> : null}
              {isOffline ? (
                <Notice tone="warning">
                  <span className="flex items-center gap-2">
                    <WifiOff aria-hidden className="size-5 shrink-0" /> Offline: the till cannot hear from the phone or
                    change the QR until the connection is back.
                  </span>
                </Notice>
              ) : null}
              {confirming ? (
                <ConfirmLeave
                  amountPence={checkout.amountPence}
                  how={confirming}
                  onConfirm={() => leave(confirming, true)}
                  onKeep={() => setConfirming(null)}
                />
              ) : (
                <LeaveButtons
                  status={status}
                  isFinal={look.isFinal}
                  isOffline={isOffline}
                  pending={isMaking ? 'new' : cancel.isPending ? leaving : null}
                  disabled={isBusy}
                  onLeave={leave}
                />
              )}
            </>
          )}
        </div>
      </div>
      {isReceiptOpen && order ? <ReceiptDialog order={order} onClose={() => setIsReceiptOpen(false)} /> : null}
    </section>
  );
}

/**
 * While the QR can still be paid: Cancel and New QR. Declined: New QR first, or cash. Expired or
 * cancelled: New QR, or back to the pay screen.
 */
function LeaveButtons({
  status,
  isFinal,
  isOffline,
  pending,
  disabled,
  onLeave,
}: {
  status: string;
  isFinal: boolean;
  isOffline: boolean;
  pending: Leave | null;
  disabled: boolean;
  onLeave: (how: Leave) => void;
}) {
  const isStuck = status === 'FAILED' || isFinal;
  return (
    <div className="mt-auto grid grid-cols-2 gap-3">
      <Button
        variant={isStuck ? 'primary' : 'secondary'}
        size="xl"
        className="min-h-20"
        busy={pending === 'new'}
        disabled={disabled || isOffline}
        onClick={() => onLeave('new')}
      >
        <RefreshCw aria-hidden className="size-6" /> New QR
      </Button>
      {status === 'FAILED' ? (
        <Button
          variant="secondary"
          size="xl"
          className="min-h-20"
          busy={pending === 'cash'}
          disabled={disabled || isOffline}
          onClick={() => onLeave('cash')}
        >
          <Banknote aria-hidden className="size-6" /> Take cash
        </Button>
      ) : isFinal ? (
        <Button
          variant="secondary"
          size="xl"
          className="min-h-20"
          disabled={disabled}
          onClick={() => onLeave('cancel')}
        >
          Back to pay
        </Button>
      ) : (
        <Button
          variant="secondary"
          size="xl"
          className="min-h-20"
          busy={pending === 'cancel'}
          disabled={disabled || isOffline}
          onClick={() => onLeave('cancel')}
        >
          <X aria-hidden className="size-6" /> Cancel
        </Button>
      )}
    </div>
  );
}

function ConfirmLeave({
  amountPence,
  how,
  onConfirm,
  onKeep,
}: {
  amountPence: number;
  how: Leave;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <Notice tone="warning">
      <p>
        The customer is approving {formatPence(amountPence)} at their bank right now. If you cancel and their payment
        still goes through, it is flagged for a refund.
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3">
        <Button variant="danger" size="lg" onClick={onConfirm}>
          {how === 'new' ? 'Cancel it, new QR' : how === 'cash' ? 'Cancel it, take cash' : 'Cancel it'}
        </Button>
        <Button variant="secondary" size="lg" autoFocus onClick={onKeep}>
          Keep waiting
        </Button>
      </div>
    </Notice>
  );
}
