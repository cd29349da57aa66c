'use client';

import { Banknote, CreditCard, Landmark } from 'lucide-react';
import { useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { refundRouteWords } from '@/lib/client/refund-review-words';
import { useRefundPayment } from '@/lib/client/use-payments';
import { refundForLines } from '@/lib/domain/bill-shares';
import { formatPence } from '@/lib/domain/money';
import type { TOrder } from '@/lib/schemas/orders';
import type { TPayment, TRefund } from '@/lib/schemas/payments';
import { AmountPad } from '../ui/amount-pad';
import { ApprovalSheet } from '../ui/approval-sheet';
import { Button } from '../ui/button';
import { ChoiceButton } from '../ui/choice-button';
import { Notice } from '../ui/notice';
import { clockTime, PAYMENT_METHOD_NAMES } from './payment-list';
import { ReasonPicker } from './reason-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';
import { orderNo } from './order-labels';

const REASONS = ['Wrong item', 'Customer complaint', 'Item unavailable', 'Charged by mistake'] as const;

export type RefundSheetProps = { order: TOrder; onRefunded: (refund: TRefund) => void; onClose: () => void };

const ROUTE_ICONS: Record<TPayment['method'], typeof Banknote> = {
  CASH: Banknote,
  OPEN_BANKING: Landmark,
  CARD: CreditCard,
  WALLET: CreditCard,
};

/** Where this payment's refund goes, with its icon: the drawer only for cash. */
function RefundRoute({ method }: { method: TPayment['method'] }) {
  const Icon = ROUTE_ICONS[method];
  const isCash = method === 'CASH';
  return (
    <p
      data-testid="refund-route"
      className={`flex min-h-14 items-center gap-3 rounded-tile border-2 px-4 py-2 text-lg font-semibold ${
        isCash ? 'border-warning bg-warning-soft text-warning' : 'border-brand bg-brand-soft text-ink'
      }`}
    >
      <Icon aria-hidden className="size-6 shrink-0" />
      {refundRouteWords(method)}
    </p>
  );
}

/**
 * A refund from one payment: by ticking the items (their totals, capped at what the payment can
 * still give back) or an amount, with a reason; confirmed with the amount on the button. Each
 * payment says where its money goes (cash from the drawer, card and bank back through their
 * provider). Above the cashier's limit a manager's PIN is asked for here and the refund goes again
 * with it.
 */
export function RefundSheet({ order, onRefunded, onClose }: RefundSheetProps) {
  const payments = order.payments.filter((payment) => payment.refundablePence > 0);
  const [paymentId, setPaymentId] = useState(payments.at(-1)?.id ?? null);
  const [by, setBy] = useState<'ITEMS' | 'AMOUNT'>('ITEMS');
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const mutation = useRefundPayment();
  const payment = payments.find((candidate) => candidate.id === paymentId) ?? null;
  const refundable = payment?.refundablePence ?? 0;
  const lines = order.lines.filter((line) => !line.voidedAt);
  const itemsTotal = lines.filter((line) => picked.includes(line.id)).reduce((sum, line) => sum + line.totalPence, 0);
  const amountPence = by === 'ITEMS' ? refundForLines(lines, picked, refundable) : (amountFromText(text) ?? 0);
  const blocker = !payment
    ? 'Choose the payment'
    : amountPence === 0
      ? by === 'ITEMS'
        ? 'Tick the items to refund'
        : 'Type the amount'
      : amountPence > refundable
        ? `At most ${formatPence(refundable)} from this payment`
        : reason.trim() === ''
          ? 'Choose a reason'
          : null;
  const submit = (pin?: string) =>
    payment &&
    mutation.run(
      {
        orderId: order.id,
        paymentId: payment.id,
        amountPence,
        reason: reason.trim(),
        lineIds: by === 'ITEMS' ? picked : [],
        approval: pin ? { pin } : undefined,
      },
      { onSuccess: ({ refund }) => onRefunded(refund) },
    );

  return (
    <ApprovalSheet
      title={`Refund from order ${orderNo(order)}`}
      subtitle={payment ? refundRouteWords(payment.method) : 'Choose the payment to refund'}
      onClose={onClose}
      request={mutation}
      summary={`Refund ${formatPence(amountPence)} · ${reason.trim()}${
        payment ? ` · ${refundRouteWords(payment.method).toLowerCase()}` : ''
      }`}
      onPin={(pin) => submit(pin)}
      footer={
        <div className="flex flex-col gap-3">
          {payment ? <RefundRoute method={payment.method} /> : null}
          <Button
            variant="danger"
            size="xl"
            className={`w-full ${BLOCKED_BUTTON_CLASS}`}
            busy={mutation.isPending}
            disabled={blocker !== null}
            onClick={() => submit()}
          >
            <span className="tabular">{blocker ?? `Refund ${formatPence(amountPence)}`}</span>
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-6">
        {mutation.error ? <Notice tone="error">Not refunded: {mutation.error.message}</Notice> : null}
        {payments.length > 1 ? (
          <div role="radiogroup" aria-label="Which payment" className="flex flex-col gap-2">
            {payments.map((candidate) => (
              <ChoiceButton
                key={candidate.id}
                kind="radio"
                selected={candidate.id === paymentId}
                onSelect={() => setPaymentId(candidate.id)}
                className="w-full justify-between py-2"
              >
                <span className="flex flex-1 flex-col text-left">
                  <span className="tabular">
                    {PAYMENT_METHOD_NAMES[candidate.method]} {formatPence(candidate.amountPence + candidate.tipPence)}{' '}
                    at {clockTime(candidate.createdAt)}
                  </span>
                  <span className="text-base font-medium">{refundRouteWords(candidate.method)}</span>
                </span>
                <span className="tabular text-base font-medium">
                  up to {formatPence(candidate.refundablePence)} back
                </span>
              </ChoiceButton>
            ))}
          </div>
        ) : payment ? (
          <p className="tabular text-lg text-ink">
            {PAYMENT_METHOD_NAMES[payment.method]} payment at {clockTime(payment.createdAt)} · up to{' '}
            {formatPence(refundable)} can be refunded
          </p>
        ) : null}
        <div role="radiogroup" aria-label="Refund by" className="grid grid-cols-2 gap-2">
          <ChoiceButton kind="radio" selected={by === 'ITEMS'} onSelect={() => setBy('ITEMS')}>
            By item
          </ChoiceButton>
          <ChoiceButton kind="radio" selected={by === 'AMOUNT'} onSelect={() => setBy('AMOUNT')}>
            An amount
          </ChoiceButton>
        </div>
        {by === 'ITEMS' ? (
          <div className="flex flex-col gap-2">
            <ul aria-label="Items to refund" className="flex flex-col gap-2">
              {lines.map((line) => {
                const isPicked = picked.includes(line.id);
                return (
                  <li key={line.id}>
                    <ChoiceButton
                      selected={isPicked}
                      onSelect={() =>
                        setPicked((ids) => (isPicked ? ids.filter((id) => id !== line.id) : [...ids, line.id]))
                      }
                      className="w-full justify-between"
                    >
                      <span className="flex-1 text-left">
                        {line.quantity} × {line.name}
                      </span>
                      <span className="tabular">{formatPence(line.totalPence)}</span>
                    </ChoiceButton>
                  </li>
                );
              })}
            </ul>
            {itemsTotal > refundable ? (
              <p className="tabular text-base font-medium text-warning">
                These come to {formatPence(itemsTotal)}; this payment can give back {formatPence(refundable)}.
              </p>
            ) : null}
          </div>
        ) : (
          <div className="mx-auto w-full max-w-sm">
            <AmountPad label="Refund amount" text={text} onChange={setText} note={`Up to ${formatPence(refundable)}`} />
          </div>
        )}
        <ReasonPicker label="Why?" reasons={REASONS} value={reason} onChange={setReason} />
      </div>
    </ApprovalSheet>
  );
}
