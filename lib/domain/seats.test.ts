import { describe, expect, it } from 'vitest';
import { seatChoices, type SeatChoicesOptions } from './seats';

describe('seatChoices: the seats a dine-in line can be for', () => {
  it.each<[string, SeatChoicesOptions, number[]]>([
    ['a 4-seat table offers seats 1–4', { tableSeats: 4, covers: 0, chosenSeat: null }, [1, 2, 3, 4]],
    ['a 2-seat table with 2 covers offers seats 1–2', { tableSeats: 2, covers: 2, chosenSeat: null }, [1, 2]],
    [
      'a 4-seat table where 6 sat down (chairs pulled up) offers 1–6',
      { tableSeats: 4, covers: 6, chosenSeat: null },
      [1, 2, 3, 4, 5, 6],
    ],
    ['an 8-seat table offers 1–8', { tableSeats: 8, covers: 3, chosenSeat: 2 }, [1, 2, 3, 4, 5, 6, 7, 8]],
    [
      'a line already on seat 5 of an order moved to a 4-seat table keeps seat 5 on offer',
      { tableSeats: 4, covers: 0, chosenSeat: 5 },
      [1, 2, 3, 4, 5],
    ],
    [
      'no table known and no covers: the default six',
      { tableSeats: null, covers: 0, chosenSeat: null },
      [1, 2, 3, 4, 5, 6],
    ],
    ['no table, 3 covers: seats 1–3', { tableSeats: null, covers: 3, chosenSeat: null }, [1, 2, 3]],
  ])('%s', (_title, options, seats) => {
    expect(seatChoices(options)).toEqual(seats);
  });
});
