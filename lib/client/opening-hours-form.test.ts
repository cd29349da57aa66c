import { describe, expect, it } from 'vitest';
import { defaultWeek, hoursFromRows, rowsFromHours } from './opening-hours-form';

describe('opening hours form', () => {
  it('shows nothing saved yet as the default week, Monday first', () => {
    const rows = rowsFromHours(null);
    expect(rows.map((row) => row.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(rows.every((row) => row.isOpen)).toBe(true);
  });

  it('a day left out of the saved hours is closed, and stays out when saved again', () => {
    const saved = [
      { day: 0, opens: '09:00', closes: '15:00' },
      { day: 5, opens: '18:00', closes: '02:00' },
    ];
    const rows = rowsFromHours(saved);
    expect(rows.filter((row) => row.isOpen).map((row) => row.day)).toEqual([5, 0]);
    expect(hoursFromRows(rows)).toEqual(saved);
  });

  it('closing a day drops it from what is sent', () => {
    const rows = defaultWeek().map((row) => (row.day === 0 ? { ...row, isOpen: false } : row));
    expect(hoursFromRows(rows).map((period) => period.day)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
