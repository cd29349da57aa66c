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
