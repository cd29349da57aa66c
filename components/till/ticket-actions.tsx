import { ChefHat, Wallet } from 'lucide-react';
import { formatPence } from '@/lib/domain/money';
import { Button } from '../ui/button';
import { BLOCKED_BUTTON_CLASS } from './styles';

export type TicketActionsProps = {
  /** Why Send is disabled ("Nothing new to send"); null when there is something to send. */
  sendBlocker: string | null;
  isSending: boolean;
  /** False once money was taken: the lines can no longer change or go to the kitchen. */
  canEdit: boolean;
  hasServerOrder: boolean;
  /** What Pay would take (the amount left to pay); null before the order has lines on the server. */
  payPence: number | null;
  /** Why Pay waits ("Adding items…"), or null. */
  payBlocker: string | null;
  /** Pay sends what is new to the kitchen first; true while that send runs. */
  isPaying: boolean;
  onSend: () => void;
  onPay: () => void;
  onDiscount: () => void;
  onVoidOrder: () => void;
  onNewOrder: () => void;
};

/** Pay is the one primary action, Send beside it; discount, void and a fresh order sit under them. */
export function TicketActions(props: TicketActionsProps) {
  const { sendBlocker, isSending, canEdit, hasServerOrder, payPence, payBlocker, isPaying } = props;
  const note = canEdit ? sendBlocker : null;
  return (
    <div className="flex flex-col gap-2">
      <div className={`grid gap-2 ${canEdit ? 'grid-cols-[2fr_3fr]' : 'grid-cols-1'}`}>
        {canEdit ? (
          <Button
            variant="secondary"
            size="xl"
            className="px-3"
            onClick={props.onSend}
            busy={isSending && !isPaying}
            disabled={sendBlocker !== null || isPaying}
            aria-describedby={sendBlocker ? 'send-blocker' : undefined}
          >
            {isSending && !isPaying ? null : <ChefHat aria-hidden className="size-6" />}
            {isSending && !isPaying ? 'Sending…' : 'Send'}
          </Button>
        ) : null}
        <Button
          size="xl"
          className={`px-3 ${BLOCKED_BUTTON_CLASS}`}
          onClick={props.onPay}
          busy={isPaying}
          disabled={payPence === null || payPence === 0 || payBlocker !== null}
        >
          {isPaying ? null : <Wallet aria-hidden className="size-6" />}
          <span className="tabular">{payBlocker ?? (payPence === null ? 'Pay' : `Pay ${formatPence(payPence)}`)}</span>
        </Button>
      </div>
      {note ? (
        <p id="send-blocker" className="text-center text-base font-medium text-ink-muted">
          {note}
        </p>
      ) : null}
      <div className="grid grid-cols-3 gap-2">
        <Button
          variant="secondary"
          className="whitespace-nowrap px-2"
          onClick={props.onDiscount}
          disabled={!hasServerOrder || !canEdit}
        >
          Discount…
        </Button>
        <Button
          variant="secondary"
          className="whitespace-nowrap px-2"
          onClick={props.onVoidOrder}
          disabled={!hasServerOrder || !canEdit}
        >
          Void order…
        </Button>
        <Button variant="secondary" className="whitespace-nowrap px-2" onClick={props.onNewOrder}>
          New order
        </Button>
      </div>
    </div>
  );
}
