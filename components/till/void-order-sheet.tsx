'use client';

import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { useVoidOrder } from '@/lib/client/use-order-mutations';
import type { TOrder } from '@/lib/schemas/orders';
import { ApprovalSheet } from '../ui/approval-sheet';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { ReasonPicker } from './reason-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';
import { orderNo } from './order-labels';

const REASONS = ['Customer left', 'Rang up by mistake', 'Duplicate order', 'Test order'] as const;

export type VoidOrderSheetProps = { order: TOrder; onVoided: (order: TOrder) => void; onClose: () => void };

/** Voids the whole order with a reason; once anything was sent, a manager approves with their PIN. */
export function VoidOrderSheet({ order, onVoided, onClose }: VoidOrderSheetProps) {
  const [reason, setReason] = useState('');
  const mutation = useVoidOrder(onVoided);
  const wasSent = order.lines.some((line) => line.kitchenStatus !== 'PENDING' && !line.voidedAt);
  const submit = (pin?: string) =>
    mutation.run({ orderId: order.id, reason: reason.trim(), approval: pin ? { pin } : undefined });

  return (
    <ApprovalSheet
      title={`Void order ${orderNo(order)}?`}
      subtitle={wasSent ? 'Items were sent: the kitchen is told, and a manager approves.' : 'Nothing was sent yet.'}
      onClose={onClose}
      request={mutation}
      summary={`Void order ${orderNo(order)} · ${reason.trim()}`}
      onPin={(pin) => submit(pin)}
      footer={
        <Button
          variant="danger"
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          busy={mutation.isPending}
          disabled={reason.trim() === ''}
          onClick={() => submit()}
        >
          {reason.trim() === ''
            ? 'Choose a reason to void'
            : `Void order ${orderNo(order)} · ${formatPence(order.totals.totalPence)}`}
        </Button>
      }
    >
      <div className="flex flex-col gap-5">
        {mutation.error ? <Notice tone="error">{mutation.error.message}</Notice> : null}
        <ReasonPicker label="Why is the order being voided?" reasons={REASONS} value={reason} onChange={setReason} />
      </div>
    </ApprovalSheet>
  );
}
