// Seats on a dine-in order: which seat numbers a line can be rung up for.

/** Offered when neither the table nor the covers say how many sit there (a table not loaded yet). */
export const UNKNOWN_TABLE_SEATS = 6;

export type SeatChoicesOptions = {
  /** The table's seats as laid out in the office; null when the order has no table (or it is not known yet). */
  tableSeats: number | null;
  /** Covers on the order: more people than seats means chairs were pulled up, each one a seat. */
  covers: number;
  /** The seat the line is already on: it stays on offer, so it can be seen and changed back. */
  chosenSeat: number | null;
};

/**
 * Seat numbers for a line, 1 up: as many as the table seats (or the covers, when more sat down), so
 * a 4-seat table offers seats 1–4; a seat already chosen beyond that (the order moved to a smaller
 * table) stays on the list.
 */
export function seatChoices({ tableSeats, covers, chosenSeat }: SeatChoicesOptions): number[] {
  const known = Math.max(tableSeats ?? 0, covers);
  const count = Math.max(known > 0 ? known : UNKNOWN_TABLE_SEATS, chosenSeat ?? 0);
  return Array.from({ length: count }, (_, index) => index + 1);
}
