'use client';

import { useState } from 'react';
import { checkModifiers, describeModifierProblem } from '@/lib/domain/modifiers';
import { formatPence } from '@/lib/domain/money';
import { lineGross } from '@/lib/domain/pricing';
import { type LineChoice, PLAIN_CHOICE } from '@/lib/client/pending-line';
import type { TMenuItem } from '@/lib/schemas/menu';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Sheet } from '../ui/sheet';
import { Stepper } from '../ui/stepper';
import { ModifierGroupPicker } from './modifier-group-picker';
import { SeatCoursePicker } from './seat-course-picker';
import { BLOCKED_BUTTON_CLASS } from './styles';

export type ModifierSheetProps = {
  item: TMenuItem;
  isDineIn: boolean;
  /** Where a dine-in order sits: the seat picker offers that table's seats. */
  seating: { tableId: string | null; covers: number };
  onAdd: (choice: LineChoice) => void;
  onClose: () => void;
};

/**
 * An item's choices: each group with its rule, quantity, note, and seat and course when eating in.
 * The price updates as options are tapped; Add stays disabled, saying what is missing, until the
 * choice passes the same modifier rules the server applies.
 */
export function ModifierSheet({ item, isDineIn, seating, onAdd, onClose }: ModifierSheetProps) {
  const [choice, setChoice] = useState<LineChoice>(PLAIN_CHOICE);
  const modifiers = item.modifierGroups.flatMap((group) => group.modifiers);
  const problems = checkModifiers(
    item.modifierGroups.map((group) => ({ ...group, modifierIds: group.modifiers.map((modifier) => modifier.id) })),
    choice.modifierIds,
  );
  const grossPence = lineGross({
    unitPricePence: item.pricePence,
    modifierDeltasPence: modifiers
      .filter((modifier) => choice.modifierIds.includes(modifier.id))
      .map((modifier) => modifier.priceDeltaPence),
    quantity: choice.quantity,
  });
  const blocker = problems[0] ? describeModifierProblem(problems[0]) : null;
  const update = (change: Partial<LineChoice>) => setChoice((current) => ({ ...current, ...change }));

  return (
    <Sheet
      title={item.name}
      subtitle={<span className="tabular">{formatPence(item.pricePence)} each</span>}
      onClose={onClose}
      footer={
        <div className="flex items-center gap-4">
          <Stepper label="Quantity" value={choice.quantity} onChange={(quantity) => update({ quantity })} />
          <Button
            size="xl"
            className={`flex-1 ${BLOCKED_BUTTON_CLASS}`}
            disabled={blocker !== null}
            onClick={() => onAdd(choice)}
          >
            {blocker ? (
              <span>Add — {blocker}</span>
            ) : (
              <span className="tabular">
                Add {choice.quantity} · {formatPence(grossPence)}
              </span>
            )}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-6">
        {item.modifierGroups.map((group) => {
          const problem = problems.find((candidate) => 'groupId' in candidate && candidate.groupId === group.id);
          return (
            <ModifierGroupPicker
              key={group.id}
              group={group}
              chosenIds={choice.modifierIds}
              onChange={(modifierIds) => update({ modifierIds })}
              problem={problem?.kind === 'TOO_FEW' || problem?.kind === 'TOO_MANY' ? problem.kind : undefined}
            />
          );
        })}
        {isDineIn ? (
          <SeatCoursePicker
            seat={choice.seat}
            course={choice.course}
            seating={seating}
            onChange={(change) => update(change)}
          />
        ) : null}
        <Field
          label="Note for the kitchen"
          placeholder="e.g. no tomato, extra hot"
          maxLength={200}
          value={choice.note}
          onChange={(event) => update({ note: event.target.value })}
        />
      </div>
    </Sheet>
  );
}
