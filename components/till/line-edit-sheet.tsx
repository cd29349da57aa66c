'use client';

import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import { lineGross } from '@/lib/domain/pricing';
import { type LineChanges, useUpdateLine, useVoidLine } from '@/lib/client/use-order-mutations';
import type { TOrderLine } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { Stepper } from '../ui/stepper';
import { SeatCoursePicker } from './seat-course-picker';

export type LineEditSheetProps = {
  orderId: string;
  line: TOrderLine;
  isDineIn: boolean;
  seating: { tableId: string | null; covers: number };
  onClose: () => void;
};

/** A line not yet sent: change quantity, note, seat and course, or remove it (free before sending). */
export function LineEditSheet({ orderId, line, isDineIn, seating, onClose }: LineEditSheetProps) {
  const [draft, setDraft] = useState({
    quantity: line.quantity,
    note: line.note,
    seat: line.seat,
    course: line.course,
  });
  const update = useUpdateLine();
  const remove = useVoidLine();
  const changes: LineChanges = {};
  if (draft.quantity !== line.quantity) changes.quantity = draft.quantity;
  if (draft.note.trim() !== line.note) changes.note = draft.note.trim();
  if (draft.seat !== line.seat) changes.seat = draft.seat;
  if (draft.course !== line.course) changes.course = draft.course;
  const hasChanges = Object.keys(changes).length > 0;
  const grossPence = lineGross({
    unitPricePence: line.unitPricePence,
    modifierDeltasPence: line.modifiers.map((modifier) => modifier.priceDeltaPence),
    quantity: draft.quantity,
  });
  const error = update.error ?? remove.error;

  return (
    <Sheet
      title={line.name}
      subtitle={line.modifiers.map((modifier) => modifier.name).join(', ') || 'Not sent yet — change it freely'}
      onClose={onClose}
      footer={
        <div className="flex items-center gap-3">
          <Button
            variant="danger"
            size="xl"
            busy={remove.isPending}
            disabled={update.isPending}
            onClick={() =>
              remove.run({ orderId, lineId: line.id, reason: 'Removed before sending' }, { onSuccess: onClose })
            }
          >
            <Trash2 aria-hidden className="size-6" /> Remove
          </Button>
          <Button
            size="xl"
            className="flex-1"
            busy={update.isPending}
            disabled={!hasChanges || remove.isPending}
            onClick={() => update.run({ orderId, lineId: line.id, changes }, { onSuccess: onClose })}
          >
            <span className="tabular">{hasChanges ? `Save · ${formatPence(grossPence)}` : 'No changes yet'}</span>
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-6">
        {error ? <Notice tone="error">{error.message}</Notice> : null}
        <div className="flex items-center justify-between gap-4">
          <span className="text-lg font-semibold text-ink">Quantity</span>
          <Stepper
            label="Quantity"
            value={draft.quantity}
            onChange={(quantity) => setDraft((current) => ({ ...current, quantity }))}
          />
        </div>
        {isDineIn ? (
          <SeatCoursePicker
            seat={draft.seat}
            course={draft.course}
            seating={seating}
            onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
          />
        ) : null}
        <Field
          label="Note for the kitchen"
          maxLength={200}
          value={draft.note}
          onChange={(event) => setDraft((current) => ({ ...current, note: event.target.value }))}
        />
      </div>
    </Sheet>
  );
}
