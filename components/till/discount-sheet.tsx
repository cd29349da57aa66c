'use client';

import { useState } from 'react';
import { formatPence, parsePounds } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import { type DiscountRule, priceOrder } from '@/lib/domain/pricing';
import { orderDiscountRules, toPricingLines } from '@/lib/client/order-preview';
import { useAddDiscount } from '@/lib/client/use-order-mutations';
import type { TOrder } from '@/lib/schemas/orders';
import { ApprovalSheet } from '../ui/approval-sheet';
import { Button } from '../ui/button';
import { ChoiceButton } from '../ui/choice-button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { ReasonPicker } from './reason-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';
import { orderNo } from './order-labels';

const PERCENTS = [1000, 2000, 5000] as const;
const REASONS = ['Staff', 'Regular customer', 'Complaint', 'Promotion'] as const;

/** The discount chosen so far: a preset percentage, or a typed amount (pounds, parsed to pence). */
function toRule(choice: number | 'AMOUNT' | null, amountText: string): DiscountRule | null {
  if (choice === null) return null;
  if (choice !== 'AMOUNT') return { kind: 'PERCENT', percentBps: choice };
  try {
    const amountPence = parsePounds(amountText);
    return amountPence > 0 ? { kind: 'AMOUNT', amountPence } : null;
  } catch {
    return null;
  }
}

/** A discount on the whole order, with the new total shown before it is applied; over the limit a manager approves. */
export function DiscountSheet({ order, onClose }: { order: TOrder; onClose: () => void }) {
  const [choice, setChoice] = useState<number | 'AMOUNT' | null>(null);
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const mutation = useAddDiscount();
  const rule = toRule(choice, amountText);
  const newTotalPence = rule
    ? priceOrder({ lines: toPricingLines(order), orderDiscounts: orderDiscountRules(order, [rule]) }).totalPence
    : null;
  const label = rule?.kind === 'PERCENT' ? formatBps(rule.percentBps) : rule ? formatPence(rule.amountPence) : '';
  const blocker = !rule ? 'Choose how much' : reason.trim() === '' ? 'Choose a reason' : null;
  const submit = (pin?: string) =>
    rule &&
    mutation.run(
      { orderId: order.id, discount: rule, reason: reason.trim(), approval: pin ? { pin } : undefined },
      { onSuccess: onClose },
    );

  return (
    <ApprovalSheet
      title="Discount"
      subtitle={`${orderNo(order)} · now ${formatPence(order.totals.totalPence)}`}
      onClose={onClose}
      request={mutation}
      summary={`${label} off ${orderNo(order)} · ${reason.trim()}`}
      onPin={(pin) => submit(pin)}
      footer={
        <Button
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          busy={mutation.isPending}
          disabled={blocker !== null}
          onClick={() => submit()}
        >
          <span className="tabular">
            {blocker ?? `Apply ${label} off · new total ${newTotalPence === null ? '…' : formatPence(newTotalPence)}`}
          </span>
        </Button>
      }
    >
      <div className="flex flex-col gap-6">
        {mutation.error ? <Notice tone="error">{mutation.error.message}</Notice> : null}
        <div role="radiogroup" aria-label="How much off" className="grid grid-cols-4 gap-3">
          {PERCENTS.map((bps) => (
            <ChoiceButton key={bps} kind="radio" selected={choice === bps} onSelect={() => setChoice(bps)}>
              {formatBps(bps)}
            </ChoiceButton>
          ))}
          <ChoiceButton kind="radio" selected={choice === 'AMOUNT'} onSelect={() => setChoice('AMOUNT')}>
            Amount…
          </ChoiceButton>
        </div>
        {choice === 'AMOUNT' ? (
          <Field
            label="Amount off (£)"
            inputMode="decimal"
            autoFocus
            placeholder="e.g. 2.50"
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
            error={amountText && !rule ? 'Type pounds and pence, like 2.50' : undefined}
          />
        ) : null}
        <ReasonPicker label="Why?" reasons={REASONS} value={reason} onChange={setReason} />
        <p className="text-base text-ink-muted">Above your discount limit a manager approves with their PIN.</p>
      </div>
    </ApprovalSheet>
  );
}
