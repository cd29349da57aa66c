import { useId } from 'react';
import { describeGroupRule } from '@/lib/domain/modifiers';
import { formatPence } from '@/lib/domain/money';
import type { TMenuItem } from '@/lib/schemas/menu';
import { ChoiceButton } from '../ui/choice-button';

type Group = TMenuItem['modifierGroups'][number];

export type ModifierGroupPickerProps = {
  group: Group;
  chosenIds: readonly string[];
  onChange: (chosenIds: string[]) => void;
  /** What is still wrong with this group, flagged next to its name. */
  problem?: 'TOO_FEW' | 'TOO_MANY';
};

/** One modifier group: its rule ("Choose 1"), and its options as radios (max 1) or toggles. */
export function ModifierGroupPicker({ group, chosenIds, onChange, problem }: ModifierGroupPickerProps) {
  const headingId = useId();
  const isSingle = group.max === 1;
  const groupIds = new Set(group.modifiers.map((modifier) => modifier.id));
  const otherGroups = chosenIds.filter((id) => !groupIds.has(id));
  const inGroup = chosenIds.filter((id) => groupIds.has(id));

  function toggle(modifierId: string) {
    const isChosen = inGroup.includes(modifierId);
    if (isSingle) {
      // A required single choice stays chosen when tapped again; an optional one clears.
      if (isChosen) onChange(group.min === 0 ? otherGroups : chosenIds.slice());
      else onChange([...otherGroups, modifierId]);
      return;
    }
    onChange(isChosen ? chosenIds.filter((id) => id !== modifierId) : [...chosenIds, modifierId]);
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-xl font-bold text-ink">
          {group.name}
        </h3>
        <span className="text-base font-medium text-ink-muted">{describeGroupRule(group)}</span>
        {problem ? (
          <span className="rounded-md bg-warning-soft px-2 py-0.5 text-sm font-bold text-warning">
            {problem === 'TOO_FEW' ? 'Required' : 'Too many'}
          </span>
        ) : null}
      </div>
      <div role={isSingle ? 'radiogroup' : 'group'} aria-labelledby={headingId} className="grid grid-cols-3 gap-3">
        {group.modifiers.map((modifier) => (
          <ChoiceButton
            key={modifier.id}
            kind={isSingle ? 'radio' : 'toggle'}
            selected={inGroup.includes(modifier.id)}
            onSelect={() => toggle(modifier.id)}
            className="justify-between text-left"
          >
            <span className="flex-1">{modifier.name}</span>
            {modifier.priceDeltaPence !== 0 ? (
              <span className="tabular text-base font-medium">
                {modifier.priceDeltaPence > 0 ? '+' : '−'}
                {formatPence(Math.abs(modifier.priceDeltaPence))}
              </span>
            ) : null}
          </ChoiceButton>
        ))}
      </div>
    </section>
  );
}
