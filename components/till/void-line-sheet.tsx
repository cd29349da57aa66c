'use client';

import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { useVoidLine } from '@/lib/client/use-order-mutations';
import type { TOrderLine } from '@/lib/schemas/orders';
import { ApprovalSheet } from '../ui/approval-sheet';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { ReasonPicker } from './reason-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';

const REASONS = ['Customer changed mind', 'Made wrong', 'Out of stock', 'Rang up by mistake'] as const;

export type VoidLineSheetProps = { orderId: string; line: TOrderLine; onClose: () => void };

/**
 * A line the kitchen already has: its details, then "Void…" → a reason → confirm. Without the
 * right to approve, the server asks for a manager's PIN, taken here and sent with the same void.
 */
export function VoidLineSheet({ orderId, line, onClose }: VoidLineSheetProps) {
  const [isVoiding, setIsVoiding] = useState(false);
  const [reason, setReason] = useState('');
  const mutation = useVoidLine();
  const what = `${line.quantity} × ${line.name}`;
  const submit = (pin?: string) =>
    mutation.run(
      { orderId, lineId: line.id, reason: reason.trim(), approval: pin ? { pin } : undefined },
      { onSuccess: onClose },
    );
  const details = [
    ...line.modifiers.map((modifier) => modifier.name),
    line.note ? `“${line.note}”` : null,
    line.seat ? `Seat ${line.seat}` : null,
    line.course > 1 ? `Course ${line.course}` : null,
  ].filter(Boolean);

  return (
    <ApprovalSheet
      title={what}
      subtitle={`Sent to the kitchen · ${formatPence(line.grossPence)}`}
      onClose={onClose}
      request={mutation}
      summary={`Void ${what} · ${reason.trim()}`}
      onPin={(pin) => submit(pin)}
      footer={
        isVoiding ? (
          <Button
            variant="danger"
            size="xl"
            className={`w-full ${BLOCKED_BUTTON_CLASS}`}
            busy={mutation.isPending}
            disabled={reason.trim() === ''}
            onClick={() => submit()}
          >
            {reason.trim() === '' ? 'Choose a reason to void' : `Void ${what} · −${formatPence(line.totalPence)}`}
          </Button>
        ) : (
          <Button variant="danger" size="xl" className="w-full" onClick={() => setIsVoiding(true)}>
            Void…
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-5">
        {details.length ? <p className="text-lg text-ink">{details.join(' · ')}</p> : null}
        {mutation.error ? <Notice tone="error">{mutation.error.message}</Notice> : null}
        {isVoiding ? (
          <ReasonPicker label="Why is it being voided?" reasons={REASONS} value={reason} onChange={setReason} />
        ) : (
          <p className="text-lg text-ink-muted">
            The kitchen has this item. Voiding it takes it off the bill and tells the kitchen; after sending it needs a
            manager’s approval.
          </p>
        )}
      </div>
    </ApprovalSheet>
  );
}
