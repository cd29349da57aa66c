'use client';

import { useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { linesBySeat, shareAmount, type SplitPlan } from '@/lib/domain/bill-shares';
import { formatPence } from '@/lib/domain/money';
import { splitBillEvenly } from '@/lib/domain/payments';
import type { TOrder } from '@/lib/schemas/orders';
import { AmountPad } from '../ui/amount-pad';
import { Button } from '../ui/button';
import { ChoiceButton } from '../ui/choice-button';
import { Sheet } from '../ui/sheet';
import { Stepper } from '../ui/stepper';
import { BLOCKED_BUTTON_CLASS } from './styles';
import { orderNo } from './order-labels';

type Mode = 'EVEN' | 'ITEMS' | 'SEAT' | 'AMOUNT';

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'EVEN', label: 'Evenly' },
  { mode: 'ITEMS', label: 'By item' },
  { mode: 'SEAT', label: 'By seat' },
  { mode: 'AMOUNT', label: 'Any amount' },
];

export type SplitSheetProps = {
  order: TOrder;
  /** Lines already paid for in an earlier item share: shown as paid, not offered again. */
  paidLineIds: ReadonlySet<string>;
  /** The share chosen, with how the pay screen names it ("Seat 2", "3 items"). */
  onChoose: (plan: SplitPlan, label: string) => void;
  onClose: () => void;
};

const itemCount = (count: number) => `${count} item${count === 1 ? '' : 's'}`;

/** Split what is left: evenly 2–10 ways, by ticking items, by seat, or any amount; the share is paid next. */
export function SplitSheet({ order, paidLineIds, onChoose, onClose }: SplitSheetProps) {
  const [mode, setMode] = useState<Mode>('EVEN');
  const [ways, setWays] = useState(2);
  const [picked, setPicked] = useState<string[]>([]);
  const [seat, setSeat] = useState<number | null | undefined>(undefined);
  const [text, setText] = useState('');
  const due = order.totals.duePence;
  const open = order.lines.filter((line) => !line.voidedAt && !paidLineIds.has(line.id));
  const seats = linesBySeat(open);
  const hasSeats = seats.some((group) => group.seat !== null);
  const bill = { duePence: due, lines: order.lines, serviceChargePence: order.totals.serviceChargePence };
  const seatLines = seats.find((group) => group.seat === seat)?.lineIds ?? [];
  const typed = amountFromText(text) ?? 0;

  const plan: SplitPlan | null =
    mode === 'EVEN'
      ? { kind: 'EVEN', ways, paidShares: 0 }
      : mode === 'ITEMS'
        ? picked.length
          ? { kind: 'ITEMS', lineIds: picked }
          : null
        : mode === 'SEAT'
          ? seatLines.length
            ? { kind: 'ITEMS', lineIds: seatLines }
            : null
          : typed > 0 && typed <= due
            ? { kind: 'AMOUNT', amountPence: typed }
            : null;
  const amount = plan ? shareAmount(plan, bill) : 0;
  const blocker = plan
    ? null
    : mode === 'ITEMS'
      ? 'Tick the items being paid for'
      : mode === 'SEAT'
        ? 'Choose a seat'
        : typed > due
          ? `More than the ${formatPence(due)} left`
          : 'Type the amount';
  const shareName =
    mode === 'EVEN'
      ? `Share 1 of ${ways}`
      : mode === 'ITEMS'
        ? itemCount(picked.length)
        : mode === 'SEAT'
          ? seat
            ? `Seat ${seat}`
            : 'Items with no seat'
          : 'Part payment';
  const label =
    mode === 'EVEN'
      ? `Pay share 1 of ${ways} · ${formatPence(amount)}`
      : mode === 'ITEMS'
        ? `Pay for ${itemCount(picked.length)} · ${formatPence(amount)}`
        : mode === 'SEAT'
          ? `Pay for ${seat ? `seat ${seat}` : 'no seat'} · ${formatPence(amount)}`
          : `Pay ${formatPence(amount)} now`;

  return (
    <Sheet
      title="Split the bill"
      subtitle={`${formatPence(due)} left to pay on ${orderNo(order)}`}
      onClose={onClose}
      footer={
        <Button
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          disabled={blocker !== null}
          onClick={() => plan && onChoose(plan, shareName)}
        >
          <span className="tabular">{blocker ?? label}</span>
        </Button>
      }
    >
      <div className="flex flex-col gap-5">
        <div role="radiogroup" aria-label="How to split" className="grid grid-cols-4 gap-2">
          {MODES.map((option) => (
            <ChoiceButton
              key={option.mode}
              kind="radio"
              selected={mode === option.mode}
              onSelect={() => setMode(option.mode)}
            >
              {option.label}
            </ChoiceButton>
          ))}
        </div>
        {mode === 'EVEN' ? (
          <div className="flex flex-col gap-4">
            <div className="flex items-center justify-between gap-4">
              <span className="text-xl font-bold text-ink">How many ways?</span>
              <Stepper label="Ways" value={ways} min={2} max={10} onChange={setWays} />
            </div>
            <ol aria-label="Shares" className="grid grid-cols-5 gap-2">
              {splitBillEvenly(due, ways).map((share, index) => (
                <li key={index} className="rounded-tile bg-surface-sunken px-3 py-2 text-center">
                  <span className="block text-sm text-ink-muted">Share {index + 1}</span>
                  <span className="tabular text-lg font-bold text-ink">{formatPence(share)}</span>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {mode === 'ITEMS' ? (
          <ul aria-label="Items" className="flex flex-col gap-2">
            {order.lines
              .filter((line) => !line.voidedAt)
              .map((line) => {
                const isPaid = paidLineIds.has(line.id);
                const isPicked = picked.includes(line.id);
                return (
                  <li key={line.id}>
                    <ChoiceButton
                      selected={isPicked}
                      onSelect={() => {
                        if (!isPaid)
                          setPicked((ids) => (isPicked ? ids.filter((id) => id !== line.id) : [...ids, line.id]));
                      }}
                      className={`w-full justify-between ${isPaid ? 'opacity-60' : ''}`}
                    >
                      <span className="flex-1 text-left">
                        {line.quantity} × {line.name}
                        {line.seat ? <span className="font-normal"> · seat {line.seat}</span> : null}
                        {isPaid ? <span className="font-normal"> · paid</span> : null}
                      </span>
                      <span className="tabular">{formatPence(line.totalPence)}</span>
                    </ChoiceButton>
                  </li>
                );
              })}
          </ul>
        ) : null}
        {mode === 'SEAT' ? (
          hasSeats ? (
            <div role="radiogroup" aria-label="Seat" className="grid grid-cols-3 gap-2">
              {seats.map((group) => (
                <ChoiceButton
                  key={group.seat ?? 'none'}
                  kind="radio"
                  selected={seat === group.seat}
                  onSelect={() => setSeat(group.seat)}
                  className="min-h-20"
                >
                  <span className="flex flex-col">
                    <span>{group.seat ? `Seat ${group.seat}` : 'No seat'}</span>
                    <span className="tabular text-base font-medium">
                      {itemCount(group.lineIds.length)} · {formatPence(group.totalPence)}
                    </span>
                  </span>
                </ChoiceButton>
              ))}
            </div>
          ) : (
            <p className="text-lg text-ink-muted">
              No item on this order has a seat. Split by item instead, or give lines a seat from the ticket.
            </p>
          )
        ) : null}
        {mode === 'AMOUNT' ? (
          <div className="mx-auto w-full max-w-sm">
            <AmountPad label="This share" text={text} onChange={setText} />
          </div>
        ) : null}
      </div>
    </Sheet>
  );
}
