// Kitchen ticket lifecycle: a separate axis from the order's status (design.md §5).
import { InvalidTransitionError } from './order-state';

export const TICKET_STATUSES = ['NEW', 'IN_PROGRESS', 'READY', 'BUMPED', 'VOIDED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * NEW: on the screen, untouched. IN_PROGRESS: started, or some items done. READY: every item done
 * but still on the pass (kept for an expo step). BUMPED: off the screen; a recall brings it back to
 * IN_PROGRESS. VOIDED: its order was voided.
 */
export const TICKET_TRANSITIONS = {
  NEW: ['IN_PROGRESS', 'READY', 'BUMPED', 'VOIDED'],
  IN_PROGRESS: ['READY', 'BUMPED', 'VOIDED'],
  READY: ['BUMPED', 'IN_PROGRESS', 'VOIDED'],
  BUMPED: ['IN_PROGRESS'],
  VOIDED: [],
} as const satisfies Record<TicketStatus, readonly TicketStatus[]>;

export function assertTicketTransition(from: TicketStatus, to: TicketStatus): void {
  if (!(TICKET_TRANSITIONS[from] as readonly TicketStatus[]).includes(to)) {
    throw new InvalidTransitionError('Ticket', from, to);
  }
}

type BumpableLine = { id: string; isVoided: boolean; isReady: boolean };

/**
 * What bumping does: with no line ids, every live item is ready and the ticket leaves the screen;
 * with line ids, those items are ready and the ticket leaves only once none is left to make.
 */
export function planBump(
  status: TicketStatus,
  lines: readonly BumpableLine[],
  lineIds?: readonly string[],
): { nextStatus: TicketStatus; readyLineIds: string[] } {
  if (status === 'BUMPED' || status === 'VOIDED') throw new InvalidTransitionError('Ticket', status, 'BUMPED');
  const live = lines.filter((line) => !line.isVoided);
  const chosen = lineIds ? new Set(lineIds) : null;
  if (chosen) {
    const known = new Set(live.map((line) => line.id));
    const unknown = [...chosen].filter((id) => !known.has(id));
    if (unknown.length) throw new UnknownTicketLineError(unknown);
  }
  const readyLineIds = live.filter((line) => !line.isReady && (!chosen || chosen.has(line.id))).map((l) => l.id);
  const allReady = live.every((line) => line.isReady || readyLineIds.includes(line.id));
  const nextStatus: TicketStatus = allReady ? 'BUMPED' : 'IN_PROGRESS';
  if (nextStatus !== status) assertTicketTransition(status, nextStatus);
  return { nextStatus, readyLineIds };
}

/** Line ids that are not live items of the ticket (the API answers 422). */
export class UnknownTicketLineError extends Error {
  constructor(readonly lineIds: string[]) {
    super(`Not an item on this ticket: ${lineIds.join(', ')}`);
    this.name = 'UnknownTicketLineError';
  }
}
