// What the kitchen display and the till derive from tickets and lines: ticket age, the "all day"
// counts, and whether an order is ready. Time is passed in as `now` (epoch ms).

/** How late a ticket is against the location's thresholds (minutes since it arrived). */
export type TicketAge = 'ok' | 'warn' | 'late';

export type AgeThresholds = { warnMinutes: number; lateMinutes: number };

/** A ticket turns amber at `warnMinutes` and red at `lateMinutes`, each boundary included. */
export function ticketAge(createdAtMs: number, nowMs: number, { warnMinutes, lateMinutes }: AgeThresholds): TicketAge {
  const elapsedMs = nowMs - createdAtMs;
  if (elapsedMs >= lateMinutes * 60_000) return 'late';
  if (elapsedMs >= warnMinutes * 60_000) return 'warn';
  return 'ok';
}

/** Elapsed time as "mm:ss" (minutes carry on past 59: "75:02"); never negative, whatever the clocks say. */
export function formatElapsed(elapsedMs: number): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export type AllDayLine = { name: string; quantity: number; voided: boolean; kitchenStatus: string };

/**
 * Items still to make across the tickets on screen, most first (ties in first-seen order):
 * voided and ready items are not counted.
 */
export function allDayCounts(
  tickets: readonly { lines: readonly AllDayLine[] }[],
): { name: string; quantity: number }[] {
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    for (const line of ticket.lines) {
      if (line.voided || line.kitchenStatus === 'READY' || line.kitchenStatus === 'SERVED') continue;
      counts.set(line.name, (counts.get(line.name) ?? 0) + line.quantity);
    }
  }
  return [...counts].map(([name, quantity]) => ({ name, quantity })).sort((a, b) => b.quantity - a.quantity);
}

export type ReadinessLine = {
  stationId: string | null;
  kitchenStatus: 'PENDING' | 'SENT' | 'READY' | 'SERVED';
  sentAt: string | null;
  voidedAt: string | null;
};

/**
 * An order is ready when every live line that went to a kitchen station is ready (or served), and
 * there is at least one. Lines with no station never get a ticket, so they never hold it up.
 */
export function isOrderReady(lines: readonly ReadinessLine[]): boolean {
  const cooked = lines.filter((line) => line.sentAt !== null && line.voidedAt === null && line.stationId !== null);
  return cooked.length > 0 && cooked.every((line) => line.kitchenStatus === 'READY' || line.kitchenStatus === 'SERVED');
}

/** What one station's bump means for the person who rang the order up. */
export type BumpNews =
  /** Every ticket of the order is done: "Order #42 is ready". `stationIds`: every station that made part of it. */
  | { kind: 'ORDER_READY'; stationIds: string[] }
  /** This station's part is done while others are still making theirs: "Kitchen part ready". */
  | { kind: 'PART_READY'; stationId: string; waitingStationIds: string[] }
  /** The station's part is no longer all ready (recalled or changed since): say nothing. */
  | { kind: 'NONE' };

/**
 * Reads the order's lines as they stand after `stationId` bumped: the order is ready only when
 * `isOrderReady` says so (every ticket of it done, not just this one); otherwise this station's
 * part is ready and the stations still making theirs are named, in the order their lines came.
 */
export function bumpNews(lines: readonly ReadinessLine[], stationId: string): BumpNews {
  const cooked = lines.filter((line) => line.sentAt !== null && line.voidedAt === null && line.stationId !== null);
  const isDone = (line: ReadinessLine) => line.kitchenStatus === 'READY' || line.kitchenStatus === 'SERVED';
  const stationsOf = (chosen: readonly ReadinessLine[]) => [
    ...new Set(chosen.flatMap((line) => (line.stationId === null ? [] : [line.stationId]))),
  ];
  if (isOrderReady(lines)) return { kind: 'ORDER_READY', stationIds: stationsOf(cooked) };
  const own = cooked.filter((line) => line.stationId === stationId);
  if (own.length === 0 || !own.every(isDone)) return { kind: 'NONE' };
  return { kind: 'PART_READY', stationId, waitingStationIds: stationsOf(cooked.filter((line) => !isDone(line))) };
}
