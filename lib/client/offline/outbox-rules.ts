// The rules of the till's outbox (issue 12), pure so they are tested on their own: what a replay's
// answer means, how long to wait before the next try, the order changes replay in, and what a
// replay sends.
import type { OutboxEntry } from './local-db';
import type { QueuedRequest } from './local-order';

/** What to do with a queued change after one try. */
export type ReplayOutcome =
  /** The server has it (first time or a replay of the stored answer): drop it from the queue. */
  | 'done'
  /** No answer, or the server is busy or not ready: try again later, in the same order. */
  | 'retry'
  /** Nobody is signed in any more: wait for a PIN sign-in, then carry on. */
  | 'sign-in'
  /** The server refused it: a dead letter with what happened, never silently dropped. */
  | 'refused';

/**
 * `null` status: the request reached no server (offline, or the connection dropped). `reason`:
 * the error's `details.reason`; a key still in use (the first try of the same change is still
 * running on the server) is a retry, not a refusal.
 */
export function replayOutcome(status: number | null, reason?: string): ReplayOutcome {
  if (status === null) return 'retry';
  if (status >= 200 && status < 300) return 'done';
  if (status === 401) return 'sign-in';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  if (status === 409 && reason === 'IDEMPOTENCY_KEY_IN_USE') return 'retry';
  return 'refused';
}

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;

/** Wait before try `attempts + 1`: 1 s, 2 s, 4 s … at most a minute (the heartbeat tries sooner anyway). */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** A number that orders this device's changes as they were made, even within one millisecond. */
export function nextSeq(lastSeq: number, nowMs: number): number {
  return Math.max(lastSeq + 1, nowMs * 1000);
}

/** Changes in the order they were made (the causal order: an order's create before its lines, send, payment). */
export function inReplayOrder<E extends Pick<OutboxEntry, 'seq'>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

/**
 * What a change answered on the till (offline) is written down to send: without the order version
 * it saw, since another till may change the order meanwhile and the change is re-applied on top of
 * that (lines merge; a payment is checked against what is due then). Decided once, when the change
 * is written: a body, once sent, is never changed, or its replay would not be the same request
 * (the server answers a key with another body 409). A change sent live keeps its version, so a
 * stale screen still gets its 409.
 */
export function withoutVersion(request: QueuedRequest): QueuedRequest {
  if (request.name === 'createOrder' || request.body.version === undefined) return request;
  const { version: _version, ...body } = request.body;
  return { ...request, body } as QueuedRequest;
}

/**
 * What a change answered on the till is written down as, once and for all: without its version
 * (above), and lines rung up say when they were made offline, so an item 86'd before the till
 * synced is accepted as sold (and flagged) rather than refused.
 */
export function asAnsweredOffline(request: QueuedRequest, madeAtMs: number): QueuedRequest {
  const bare = withoutVersion(request);
  if (bare.name !== 'createOrder' && bare.name !== 'addOrderLines') return bare;
  return { ...bare, body: { ...bare.body, offlineAt: new Date(madeAtMs).toISOString() } } as QueuedRequest;
}

/** "3 changes waiting to sync · oldest 4 min": the count and the oldest's age in whole minutes. */
export function waitingSummary(entries: readonly Pick<OutboxEntry, 'createdAt'>[], nowMs: number) {
  if (entries.length === 0) return null;
  const oldest = Math.min(...entries.map((entry) => entry.createdAt));
  return { count: entries.length, oldestMinutes: Math.max(0, Math.floor((nowMs - oldest) / 60_000)) };
}

/** The words for a waiting count, for the bottom bar and VoiceOver alike. */
export function waitingWords(summary: { count: number; oldestMinutes: number }): string {
  const changes = summary.count === 1 ? '1 change' : `${summary.count} changes`;
  const age = summary.oldestMinutes < 1 ? 'under a minute' : `${summary.oldestMinutes} min`;
  return `${changes} waiting to sync · oldest ${age}`;
}

/** At most `max` UTF-16 units, never half a character (the server refuses a lone surrogate). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
