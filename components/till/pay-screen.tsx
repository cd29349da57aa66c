'use client';

import { ArrowLeft, QrCode, Split, WifiOff } from 'lucide-react';
import { useState } from 'react';
import { shareAmount, type SplitPlan } from '@/lib/domain/bill-shares';
import { formatPence } from '@/lib/domain/money';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import { paymentProblem } from '@/lib/client/payment-errors';
import { useCreateCheckout } from '@/lib/client/use-checkout';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { useOrder } from '@/lib/client/use-orders';
import { useTakeCashPayment } from '@/lib/client/use-payments';
import type { TOrder } from '@/lib/schemas/orders';
import type { TPayment } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { BillSummary } from './bill-summary';
import { CashTender } from './cash-tender';
import { ChangeScreen } from './change-screen';
import { orderNo, placeLabel } from './order-labels';
import { QrCheckout } from './qr-checkout';
import { ReceiptDialog } from './receipt-dialog';
import { SplitSheet } from './split-sheet';
import { NO_TIP, type TipChoice, TipRow, tipPenceFor } from './tip-row';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';

type Share = { plan: SplitPlan; label: string };
type Paid = { payment: TPayment; order: TOrder };
/** A QR checkout on screen, for the share that was being paid when it was made. */
type QrShown = { checkoutId: string; share: Share | null };

export type PayScreenProps = {
  orderId: string;
  venueName: string;
  /** The location's tip settings; no tip row when tips are off. */
  tips: { isEnabled: boolean; presetsBps: readonly number[] };
  /** False when this till has no open cash drawer (cash is then counted in no drawer). */
  hasOpenDrawer: boolean | undefined;
  onOpenDrawer: () => void;
  /** Back to the ticket, the order still open. */
  onBack: () => void;
  /** The order is paid (or left for now): on to the next one. */
  onFinished: () => void;
};

function shareName(share: Share | null): string {
  if (!share) return 'Whole bill';
  if (share.plan.kind !== 'EVEN') return share.label;
  const { ways, paidShares } = share.plan;
  return paidShares < ways ? `Share ${paidShares + 1} of ${ways}` : 'The rest';
}

/** After a share is paid: an even split moves to its next share; any other share is done with. */
function nextShare(share: Share | null): Share | null {
  if (share?.plan.kind !== 'EVEN') return null;
  return { ...share, plan: { ...share.plan, paidShares: share.plan.paidShares + 1 } };
}

/**
 * Taking money for an order: what is left in 40 px on the left; on the right the share being paid
 * (whole bill or a split), the tip, and cash in one tap, or a QR for the customer to pay on their phone.
 * After a tender the change fills the screen; a QR fills it with the QR checkout until it is paid or called off.
 */
export function PayScreen(props: PayScreenProps) {
  const { orderId, venueName, tips, hasOpenDrawer, onOpenDrawer, onBack, onFinished } = props;
  const orderQuery = useOrder(orderId);
  const order = orderQuery.data;
  const take = useTakeCashPayment();
  const [share, setShare] = useState<Share | null>(null);
  const [paidLineIds, setPaidLineIds] = useState<ReadonlySet<string>>(new Set());
  const [tip, setTip] = useState<TipChoice>(NO_TIP);
  const [paid, setPaid] = useState<Paid | null>(null);
  const [sheet, setSheet] = useState<'split' | 'receipt' | null>(null);
  const createQr = useCreateCheckout();
  const [qr, setQr] = useState<QrShown | null>(null);
  const isOffline = useIsOffline();

  if (!order) {
    return (
      <section aria-busy className="flex flex-col gap-4 p-6">
        {orderQuery.isError ? (
          <Notice tone="error">Could not load the order: {orderQuery.error.message} Check the connection.</Notice>
        ) : (
          <SkeletonGroup label="Loading the order…">
            <Skeleton className="h-40" />
          </SkeletonGroup>
        )}
        <Button variant="secondary" size="lg" onClick={onBack}>
          <ArrowLeft aria-hidden className="size-5" /> Back to order
        </Button>
      </section>
    );
  }

  const bill = {
    duePence: order.totals.duePence,
    lines: order.lines,
    serviceChargePence: order.totals.serviceChargePence,
  };
  const amountPence = shareAmount(share?.plan ?? null, bill);
  const tipPence = tipPenceFor(tip, amountPence);

  /** A share is paid (cash or QR): its items are done with, and an even split moves on. */
  function shareTaken(paidShare: Share | null) {
    setTip(NO_TIP);
    if (paidShare?.plan.kind === 'ITEMS') {
      const lineIds = paidShare.plan.lineIds;
      setPaidLineIds((ids) => new Set([...ids, ...lineIds]));
    }
    setShare(nextShare(paidShare));
  }

  function onPaid(result: Paid, paidShare: Share | null) {
    setPaid(result);
    shareTaken(paidShare);
  }

  function startQr() {
    const qrShare = share;
    createQr.run(
      { orderId, amountPence: qrShare ? amountPence : undefined },
      { onSuccess: (checkout) => setQr({ checkoutId: checkout.id, share: qrShare }) },
    );
  }

  function tender(tenderedPence: number) {
    if (!order) return;
    const paidShare = share;
    take.run(
      { orderId, amountPence, tipPence, tenderedPence, version: order.version },
      { onSuccess: (result) => onPaid(result, paidShare) },
    );
  }

  const receipt =
    sheet === 'receipt' ? <ReceiptDialog order={paid?.order ?? order} onClose={() => setSheet(null)} /> : null;

  if (qr) {
    const upcoming = nextShare(qr.share);
    return (
      <QrCheckout
        key={qr.checkoutId}
        checkoutId={qr.checkoutId}
        orderId={orderId}
        shareLabel={shareName(qr.share)}
        shareAmountPence={qr.share ? amountPence : undefined}
        venueName={venueName}
        tipsEnabled={tips.isEnabled}
        nextShareLabel={
          upcoming ? `${shareName(upcoming)} · ${formatPence(shareAmount(upcoming.plan, bill))}` : 'Take the rest'
        }
        onBack={() => {
          createQr.reset();
          setQr(null);
        }}
        onNextShare={() => {
          shareTaken(qr.share);
          setQr(null);
        }}
        onFinished={onFinished}
      />
    );
  }

  if (paid) {
    const next = order.totals.duePence > 0 ? { label: shareName(share), amountPence } : null;
    return (
      <>
        <ChangeScreen
          payment={paid.payment}
          order={order.version >= paid.order.version ? order : paid.order}
          nextShare={next}
          onNextShare={() => setPaid(null)}
          onDone={onFinished}
          onPrint={() => setSheet('receipt')}
        />
        {receipt}
      </>
    );
  }

  const problem = take.error ? paymentProblem(take.error) : null;
  const isPayable = canOrderTakePayment(order.status);
  const unsent = order.lines.filter((line) => !line.voidedAt && line.kitchenStatus === 'PENDING').length;
  return (
    <section aria-labelledby="pay-heading" className="grid min-h-0 grid-cols-[400px_1fr] grid-rows-[auto_1fr]">
      <header className="col-span-2 flex items-center gap-4 border-b border-line bg-surface-raised px-6 py-3">
        <Button variant="secondary" size="lg" onClick={onBack} disabled={take.isPending}>
          <ArrowLeft aria-hidden className="size-5" /> Back to order
        </Button>
        <h2 id="pay-heading" className="text-2xl font-bold text-ink">
          Pay {orderNo(order)} · {placeLabel(order)}
        </h2>
      </header>
      <BillSummary order={order} />
      <div className="flex min-h-0 flex-col gap-5 overflow-y-auto p-6">
        {!isPayable ? (
          <Notice tone="info">
            <p>
              Order {orderNo(order)} is {order.status === 'VOIDED' ? 'voided' : 'paid'}: nothing to take.
            </p>
            <Button className="mt-2" onClick={onFinished}>
              Done
            </Button>
          </Notice>
        ) : null}
        {order.heldCourses.length > 0 ? (
          <Notice tone="warning">
            Course {order.heldCourses.join(', ')} is still held. Fire it from the order before the bill is settled: a
            paid order can no longer go to the kitchen.
          </Notice>
        ) : unsent > 0 ? (
          <Notice tone="warning">
            {unsent === 1 ? '1 item has' : `${unsent} items have`} not gone to the kitchen. Go back and Send first if it
            should be made.
          </Notice>
        ) : null}
        {hasOpenDrawer === false ? (
          <Notice tone="warning">
            <p>No cash drawer is open on this till: cash taken now joins the drawer when you open it.</p>
            <Button variant="secondary" className="mt-2" onClick={onOpenDrawer}>
              Open the drawer…
            </Button>
          </Notice>
        ) : null}
        <div className="flex items-center justify-between gap-4 rounded-tile bg-brand-soft px-4 py-3">
          <p className="flex flex-col">
            <span className="text-base font-semibold text-ink-muted">Paying now</span>
            <span data-testid="share" className="tabular text-2xl font-bold text-ink">
              {shareName(share)} · {formatPence(amountPence)}
            </span>
          </p>
          <div className="flex gap-2">
            {share ? (
              <Button variant="ghost" size="lg" onClick={() => setShare(null)} disabled={take.isPending}>
                Whole bill
              </Button>
            ) : null}
            <Button
              variant="secondary"
              size="lg"
              onClick={() => setSheet('split')}
              disabled={take.isPending || !isPayable}
            >
              <Split aria-hidden className="size-5" /> {share ? 'Change split…' : 'Split…'}
            </Button>
          </div>
        </div>
        {tips.isEnabled ? (
          <TipRow amountPence={amountPence} presetsBps={tips.presetsBps} choice={tip} onChange={setTip} />
        ) : null}
        {problem ? (
          <Notice tone="error">
            <p>{problem.message}</p>
            {problem.next === 'retry' ? (
              <Button
                variant="secondary"
                className="mt-2"
                onClick={() => {
                  const paidShare = share;
                  take.retry({ onSuccess: (result) => onPaid(result, paidShare) });
                }}
              >
                Try again
              </Button>
            ) : problem.next === 'leave' ? (
              <Button variant="secondary" className="mt-2" onClick={onFinished}>
                Done
              </Button>
            ) : null}
          </Notice>
        ) : null}
        {createQr.error ? <Notice tone="error">No QR made: {createQr.error.message}</Notice> : null}
        <p role="status" className="sr-only">
          {take.isPending ? `Taking ${formatPence(take.variables?.tenderedPence ?? 0)} cash…` : ''}
        </p>
        <CashTender
          chargePence={amountPence + tipPence}
          pendingTenderedPence={take.isPending ? (take.variables?.tenderedPence ?? null) : null}
          disabled={!isPayable || amountPence === 0}
          onTender={tender}
          aside={
            <Button
              variant="secondary"
              size="xl"
              className="min-h-20 w-full border-2 border-brand px-3 text-xl leading-tight"
              busy={createQr.isPending}
              disabled={!isPayable || amountPence === 0 || take.isPending || isOffline}
              onClick={startQr}
            >
              {isOffline ? (
                <>
                  <WifiOff aria-hidden className="size-7 shrink-0" /> QR needs a connection: offline
                </>
              ) : (
                <>
                  <QrCode aria-hidden className="size-7 shrink-0" />
                  <span>
                    QR · customer pays <span className="tabular">{formatPence(amountPence)}</span>
                  </span>
                </>
              )}
            </Button>
          }
        />
      </div>
      {sheet === 'split' ? (
        <SplitSheet
          order={order}
          paidLineIds={paidLineIds}
          onClose={() => setSheet(null)}
          onChoose={(plan, label) => {
            setShare({ plan, label });
            setSheet(null);
          }}
        />
      ) : null}
      {receipt}
    </section>
  );
}
