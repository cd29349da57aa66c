import { ChefHat } from 'lucide-react';
import { Button } from '../ui/button';

export type TicketActionsProps = {
  /** Why Send is disabled ("Nothing new to send"); null when there is something to send. */
  sendBlocker: string | null;
  isSending: boolean;
  hasServerOrder: boolean;
  onSend: () => void;
  onDiscount: () => void;
  onVoidOrder: () => void;
  onNewOrder: () => void;
};

/** Send is the one primary action; discount, void and a fresh order sit under it. */
export function TicketActions({
  sendBlocker,
  isSending,
  hasServerOrder,
  onSend,
  onDiscount,
  onVoidOrder,
  onNewOrder,
}: TicketActionsProps) {
  return (
    <div className="flex flex-col gap-2">
      <Button
        size="xl"
        className="w-full"
        onClick={onSend}
        busy={isSending}
        disabled={sendBlocker !== null}
        aria-describedby={sendBlocker ? 'send-blocker' : undefined}
      >
        {isSending ? null : <ChefHat aria-hidden className="size-6" />}
        {isSending ? 'Sending…' : 'Send'}
      </Button>
      {sendBlocker ? (
        <p id="send-blocker" className="text-center text-base font-medium text-ink-muted">
          {sendBlocker}
        </p>
      ) : null}
      <div className="grid grid-cols-3 gap-2">
        <Button variant="secondary" className="whitespace-nowrap px-2" onClick={onDiscount} disabled={!hasServerOrder}>
          Discount…
        </Button>
        <Button variant="secondary" className="whitespace-nowrap px-2" onClick={onVoidOrder} disabled={!hasServerOrder}>
          Void order…
        </Button>
        <Button variant="secondary" className="whitespace-nowrap px-2" onClick={onNewOrder}>
          New order
        </Button>
      </div>
    </div>
  );
}
