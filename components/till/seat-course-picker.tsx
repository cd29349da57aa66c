import { useId } from 'react';
import { ChoiceButton } from '../ui/choice-button';

const SEATS = [1, 2, 3, 4, 5, 6];
const COURSES = [1, 2, 3];

export type SeatCoursePickerProps = {
  seat: number | null;
  course: number;
  onChange: (change: { seat: number | null; course: number }) => void;
};

/** Seat (or none) and course for a dine-in line; course 2 and later are held until fired. */
export function SeatCoursePicker({ seat, course, onChange }: SeatCoursePickerProps) {
  const id = useId();
  return (
    <div className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3">
      <span id={`${id}-seat`} className="text-lg font-semibold text-ink">
        Seat
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-seat`} className="flex flex-wrap gap-2">
        <ChoiceButton kind="radio" selected={seat === null} onSelect={() => onChange({ seat: null, course })}>
          None
        </ChoiceButton>
        {SEATS.map((number) => (
          <ChoiceButton
            key={number}
            kind="radio"
            label={`Seat ${number}`}
            selected={seat === number}
            onSelect={() => onChange({ seat: number, course })}
            className="w-14 px-0"
          >
            {number}
          </ChoiceButton>
        ))}
      </div>
      <span id={`${id}-course`} className="text-lg font-semibold text-ink">
        Course
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-course`} className="flex flex-wrap gap-2">
        {COURSES.map((number) => (
          <ChoiceButton
            key={number}
            kind="radio"
            label={`Course ${number}`}
            selected={course === number}
            onSelect={() => onChange({ seat, course: number })}
            className="px-5"
          >
            {number === 1 ? '1 · now' : `${number} · hold`}
          </ChoiceButton>
        ))}
      </div>
    </div>
  );
}
