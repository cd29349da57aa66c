'use client';

import { useId } from 'react';
import { useTableSeats } from '@/lib/client/use-orders';
import { seatChoices } from '@/lib/domain/seats';
import { ChoiceButton } from '../ui/choice-button';

const COURSES = [1, 2, 3];

export type SeatCoursePickerProps = {
  seat: number | null;
  course: number;
  /** Where the order sits: the seats offered are the table's (or the covers, when more sat down). */
  seating: { tableId: string | null; covers: number };
  onChange: (change: { seat: number | null; course: number }) => void;
};

/** Seat (or none) and course for a dine-in line; course 2 and later are held until fired. */
export function SeatCoursePicker({ seat, course, seating, onChange }: SeatCoursePickerProps) {
  const id = useId();
  const tableSeats = useTableSeats(seating.tableId);
  const seats = seatChoices({ tableSeats, covers: seating.covers, chosenSeat: seat });
  return (
    <div className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3">
      <span id={`${id}-seat`} className="text-lg font-semibold text-ink">
        Seat
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-seat`} className="flex flex-wrap gap-2">
        <ChoiceButton kind="radio" selected={seat === null} onSelect={() => onChange({ seat: null, course })}>
          None
        </ChoiceButton>
        {seats.map((number) => (
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
