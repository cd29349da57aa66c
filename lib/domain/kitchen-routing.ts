// Which lines go to the kitchen on "Send", and on which station's ticket.

export type RoutableLine = {
  id: string;
  stationId: string | null;
  course: number;
  /** Only PENDING lines are still to send. */
  kitchenStatus: 'PENDING' | 'SENT' | 'READY' | 'SERVED';
  isVoided: boolean;
};

/**
 * Lines a send should release: not yet sent, not voided, and in a course that has been fired.
 * Course 1 is always fired; later courses are held until the server fires them.
 */
export function linesToSend<L extends RoutableLine>(lines: readonly L[], firedCourse: number): L[] {
  return lines.filter(
    (line) => line.kitchenStatus === 'PENDING' && !line.isVoided && line.course <= Math.max(1, firedCourse),
  );
}

/** One group per station, in first-seen order; lines with no station need no ticket (null key). */
export function groupByStation<L extends RoutableLine>(lines: readonly L[]): Map<string | null, L[]> {
  const groups = new Map<string | null, L[]>();
  for (const line of lines) {
    const group = groups.get(line.stationId) ?? [];
    group.push(line);
    groups.set(line.stationId, group);
  }
  return groups;
}

/** The courses still held back (have pending lines above the fired course). */
export function heldCourses(lines: readonly RoutableLine[], firedCourse: number): number[] {
  const held = new Set(
    lines
      .filter((line) => line.kitchenStatus === 'PENDING' && !line.isVoided && line.course > Math.max(1, firedCourse))
      .map((line) => line.course),
  );
  return [...held].sort((a, b) => a - b);
}
