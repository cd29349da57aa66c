'use client';

import { useEffect, useRef } from 'react';
import { lineGross } from '@/lib/domain/pricing';
import type { PendingLine } from '@/lib/client/pending-line';
import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder, TOrderLine } from '@/lib/schemas/orders';
import { type LineState, TicketLine, type TicketLineView } from './ticket-line';

function serverState(line: TOrderLine, firedCourse: number): LineState {
  if (line.voidedAt) return 'voided';
  switch (line.kitchenStatus) {
    case 'PENDING':
      return line.course > Math.max(1, firedCourse) ? 'held' : 'new';
    case 'SENT':
      return 'sent';
    case 'READY':
      return 'ready';
    case 'SERVED':
      return 'served';
  }
}

/** Options in the menu's order (milk before extras), whatever order the server lists them in. */
function modifierNames(line: TOrderLine, item: TMenuItem | undefined): string[] {
  const order = item?.modifierGroups.flatMap((group) => group.modifiers.map((modifier) => modifier.id)) ?? [];
  const rank = (id: string | null) => (id && order.includes(id) ? order.indexOf(id) : order.length);
  return [...line.modifiers].sort((a, b) => rank(a.modifierId) - rank(b.modifierId)).map((modifier) => modifier.name);
}

function fromServer(line: TOrderLine, firedCourse: number, item: TMenuItem | undefined): TicketLineView {
  const state = serverState(line, firedCourse);
  return {
    id: line.id,
    quantity: line.quantity,
    name: line.name,
    modifiers: modifierNames(line, item),
    note: line.note,
    seat: line.seat,
    course: line.course,
    // A voided line costs nothing; it shows what it was, struck through.
    pricePence:
      state === 'voided'
        ? lineGross({
            unitPricePence: line.unitPricePence,
            modifierDeltasPence: line.modifiers.map((modifier) => modifier.priceDeltaPence),
            quantity: line.quantity,
          })
        : line.grossPence,
    discountPence: line.discountPence,
    state,
    voidReason: line.voidReason,
  };
}

function fromPending(line: PendingLine): TicketLineView {
  return {
    id: line.input.id,
    quantity: line.input.quantity,
    name: line.name,
    modifiers: line.modifierNames,
    note: line.input.note,
    seat: line.input.seat ?? null,
    course: line.input.course,
    pricePence: lineGross({ ...line, quantity: line.input.quantity }),
    discountPence: 0,
    state: 'adding',
    voidReason: null,
  };
}

export type TicketLineListProps = {
  order: TOrder | undefined;
  pending: readonly PendingLine[];
  menuItems: ReadonlyMap<string, TMenuItem>;
  /** Omitted once the lines can no longer change (money was taken). */
  onTapLine?: (lineId: string) => void;
};

/** The order's lines, then the ones still on their way to the server; scrolls to the newest. */
export function TicketLineList({ order, pending, menuItems, onTapLine }: TicketLineListProps) {
  const known = new Set(order?.lines.map((line) => line.id));
  const rows = [
    ...(order?.lines.map((line) => fromServer(line, order.firedCourse, menuItems.get(line.itemId))) ?? []),
    ...pending.filter((line) => !known.has(line.input.id)).map(fromPending),
  ];
  const end = useRef<HTMLDivElement>(null);
  const count = rows.length;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView({ block: 'nearest' });
  }, [count]);

  if (rows.length === 0) {
    return <p className="px-3 py-6 text-lg text-ink-muted">Tap items on the left to add them to this order.</p>;
  }
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <ul aria-label="Order lines" className="flex flex-col divide-y divide-line">
        {rows.map((row) => (
          <TicketLine
            key={row.id}
            line={row}
            onTap={row.state === 'adding' || row.state === 'voided' ? undefined : onTapLine}
          />
        ))}
      </ul>
      <div ref={end} />
    </div>
  );
}
