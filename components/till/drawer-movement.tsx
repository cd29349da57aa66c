'use client';

import { useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { type CashMovementKind, useCashMovement } from '@/lib/client/use-cash-drawer';
import { formatPence } from '@/lib/domain/money';
import { AmountPad } from '../ui/amount-pad';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { ReasonPicker } from './reason-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';

export const MOVEMENTS: Record<CashMovementKind, { title: string; verb: string; reasons: string[] }> = {
  PAY_IN: { title: 'Pay in', verb: 'Pay in', reasons: ['Float top-up', 'Change from the bank'] },
  PAY_OUT: { title: 'Pay out', verb: 'Pay out', reasons: ['Milk', 'Supplies', 'Window cleaner'] },
  SAFE_DROP: { title: 'Safe drop', verb: 'Drop', reasons: ['Too much cash in the drawer', 'End of shift'] },
  NO_SALE: { title: 'No sale', verb: 'Open the drawer', reasons: ['Change for a customer', 'Check the float'] },
};

export type DrawerMovementProps = {
  sessionId: string;
  kind: CashMovementKind;
  /** `queued`: recorded on the till (offline), to sync when it is back online. */
  onDone: (summary: string, queued: boolean) => void;
  onBack: () => void;
};

/** Money in or out of the drawer outside a sale (or opening it with no sale), always with a reason. */
export function DrawerMovement({ sessionId, kind, onDone, onBack }: DrawerMovementProps) {
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const movement = useCashMovement();
  const copy = MOVEMENTS[kind];
  const hasAmount = kind !== 'NO_SALE';
  const amountPence = hasAmount ? (amountFromText(text) ?? 0) : 0;
  const blocker = hasAmount && amountPence === 0 ? 'Type the amount' : reason.trim() === '' ? 'Choose a reason' : null;
  const label = hasAmount ? `${copy.verb} ${formatPence(amountPence)}` : `${copy.verb} (no sale)`;
  return (
    <Sheet
      title={`Cash drawer · ${copy.title}`}
      onClose={onBack}
      footer={
        <Button
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          disabled={blocker !== null}
          busy={movement.isPending}
          onClick={() =>
            movement.run(
              { sessionId, kind, amountPence, reason: reason.trim() },
              { onSuccess: (answer) => onDone(`${label} · ${reason.trim()}`, answer.queued === true) },
            )
          }
        >
          <span className="tabular">{blocker ?? label}</span>
        </Button>
      }
    >
      <div className={hasAmount ? 'grid grid-cols-[1fr_320px] gap-6' : 'flex flex-col gap-4'}>
        <div className="flex flex-col gap-4">
          {movement.error ? <Notice tone="error">Not recorded: {movement.error.message}</Notice> : null}
          <ReasonPicker label="Why?" reasons={copy.reasons} value={reason} onChange={setReason} />
        </div>
        {hasAmount ? <AmountPad label="Amount" text={text} onChange={setText} disabled={movement.isPending} /> : null}
      </div>
    </Sheet>
  );
}
