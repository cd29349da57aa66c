import { ChoiceButton } from '../ui/choice-button';
import { Sheet } from '../ui/sheet';

const COUNTS = Array.from({ length: 12 }, (_, index) => index + 1);

export type CoversSheetProps = { covers: number; onChoose: (covers: number) => void; onClose: () => void };

/** How many people are at the table: one tap chooses and closes. */
export function CoversSheet({ covers, onChoose, onClose }: CoversSheetProps) {
  return (
    <Sheet title="How many covers?" onClose={onClose}>
      <div role="radiogroup" aria-label="Covers" className="grid grid-cols-6 gap-3">
        {COUNTS.map((count) => (
          <ChoiceButton
            key={count}
            kind="radio"
            label={`${count} covers`}
            selected={covers === count}
            onSelect={() => onChoose(count)}
            className="min-h-16 text-2xl"
          >
            {count}
          </ChoiceButton>
        ))}
      </div>
    </Sheet>
  );
}
