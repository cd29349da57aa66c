import { describe, expect, it } from 'vitest';
import { businessDate } from './business-date';
import { groupByStation, heldCourses, linesToSend, type RoutableLine } from './kitchen-routing';

const line = (id: string, stationId: string | null, course = 1, extra: Partial<RoutableLine> = {}): RoutableLine => ({
  id,
  stationId,
  course,
  kitchenStatus: 'PENDING',
  isVoided: false,
  ...extra,
});

describe('linesToSend', () => {
  it('sends only pending, live lines of fired courses', () => {
    const lines = [
      line('coffee', 'bar'),
      line('soup', 'kitchen', 1),
      line('steak', 'kitchen', 2), // held: course 2 not fired
      line('sent', 'bar', 1, { kitchenStatus: 'SENT' }),
      line('void', 'bar', 1, { isVoided: true }),
    ];
    expect(linesToSend(lines, 1).map((l) => l.id)).toEqual(['coffee', 'soup']);
    expect(linesToSend(lines, 2).map((l) => l.id)).toEqual(['coffee', 'soup', 'steak']);
    expect(heldCourses(lines, 1)).toEqual([2]);
    expect(heldCourses(lines, 2)).toEqual([]);
  });

  it('course 1 is always fired, even with firedCourse 0', () => {
    expect(linesToSend([line('a', 'bar', 1)], 0)).toHaveLength(1);
  });
});

describe('groupByStation', () => {
  it('makes one group per station, keeping lines with no station apart', () => {
    const groups = groupByStation([line('a', 'bar'), line('b', 'kitchen'), line('c', 'bar'), line('d', null)]);
    expect([...groups.entries()].map(([station, lines]) => [station, lines.map((l) => l.id)])).toEqual([
      ['bar', ['a', 'c']],
      ['kitchen', ['b']],
      [null, ['d']],
    ]);
  });
});

describe('businessDate', () => {
  it.each([
    ['2026-11-26T23:30:00Z', 0, '2026-11-26'], // London is on GMT in November
    ['2026-07-01T23:30:00Z', 0, '2026-07-02'], // BST: 00:30 on the 2nd
    ['2026-07-02T01:30:00Z', 4, '2026-07-01'], // 02:30 local counts for the evening before
    ['2026-07-02T03:30:00Z', 4, '2026-07-02'], // 04:30 local: the new day
  ])('%s with the day starting at %i:00 is %s', (iso, hour, date) => {
    expect(businessDate(new Date(iso), 'Europe/London', hour)).toBe(date);
  });
});
