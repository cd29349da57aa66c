'use client';

// The till's durable outbox (issue 12). Every order change (create, add lines, send, cash payment)
// is written to IndexedDB before it is sent, with its Idempotency-Key, and stays there until the
// server has answered it. Online, the change goes at once and the screen gets the server's answer,
// as before. With no answer (offline, or the connection dropped mid-request) the till answers
// itself from lib/domain (local-order.ts) and the change waits; the queue replays serially, in the
// order changes were made, on `online`, on coming to the foreground and every 15 s, never through
// Background Sync (iOS Safari has none). One tab replays at a time (Web Locks); the server's
// idempotency makes a replay the second tab also sends harmless. A change the server refuses on
// replay becomes a dead letter, kept with the server's words until someone clears it.
import type { QueryClient } from '@tanstack/react-query';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import type { TPayment } from '@/lib/schemas/payments';
import { ApiError } from '../api-error';
import { type EndpointName, requestApi } from '../call-api';
import { orderQueryKey, ordersQueryKey } from '../order-cache';
import { type DeadLetter, hasLocalDb, localDb, type OutboxEntry } from './local-db';
import { applyLocally, LocalRefusal, orderIdOf, type QueuedRequest } from './local-order';
import { inReplayOrder, nextSeq, replayOutcome, replayRequest, retryDelayMs } from './outbox-rules';

/** What the till needs to answer a change itself: who is signed in, the menu, the service charge. */
export type OutboxContext = {
  queryClient: QueryClient;
  locationId: string;
  user: { id: string; name: string };
  serviceChargeBps: number;
  tableName: (tableId: string) => string | null;
};

/** An order change's answer: the order, plus what its endpoint adds. `queued`: answered by the till. */
export type ChangeAnswer = { order: TOrder; tickets: TTicket[]; payment?: TPayment; queued: boolean };

export type OutboxState = { waiting: OutboxEntry[]; dead: DeadLetter[]; syncing: boolean };

let context: OutboxContext | null = null;
let state: OutboxState = { waiting: [], dead: [], syncing: false };
let lastSeq = 0;
let draining: Promise<void> | null = null;
let again = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let waitingForSignIn = false;
/** The queue as this device left it, read once the till starts: a new change waits behind it. */
let loaded: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();
const waiters = new Map<string, { resolve: (answer: ChangeAnswer) => void; reject: (error: unknown) => void }>();

function publish(next: Partial<OutboxState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const outboxStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => state,
};

/** Re-reads this location's queue and dead letters from IndexedDB into the screen's state. */
async function refreshState(): Promise<void> {
  if (!context || !hasLocalDb()) return;
  const db = await localDb();
  const { locationId } = context;
  const [waiting, dead] = await Promise.all([
    db.getAllFromIndex('outbox', 'bySeq'),
    db.getAllFromIndex('deadLetters', 'bySeq'),
  ]);
  publish({
    waiting: waiting.filter((entry) => entry.locationId === locationId),
    dead: dead.filter((entry) => entry.locationId === locationId),
  });
}

function menuOf(queryClient: QueryClient): TMenuResponse {
  return queryClient.getQueryData<TMenuResponse>(['menu']) ?? { categories: [], stations: [] };
}

function fold(order: TOrder | undefined, entry: OutboxEntry, ctx: OutboxContext): TOrder | undefined {
  try {
    return applyLocally(order, entry.request, {
      menu: menuOf(ctx.queryClient),
      serviceChargeBps: ctx.serviceChargeBps,
      user: ctx.user,
      changeId: entry.id,
      now: new Date(entry.createdAt),
      tableName:
        entry.request.name === 'createOrder' && entry.request.body.tableId
          ? ctx.tableName(entry.request.body.tableId)
          : null,
    });
  } catch {
    // The till cannot show this change itself; the server's answer will.
    return order;
  }
}

/** An order as the server last said, with this till's changes that have not reached it yet on top. */
export function withWaitingChanges(orderId: string, server: TOrder | undefined): TOrder | undefined {
  const ctx = context;
  if (!ctx) return server;
  return state.waiting
    .filter((entry) => entry.orderId === orderId && entry.queued)
    .reduce<TOrder | undefined>((order, entry) => fold(order, entry, ctx), server);
}

/** The open orders as the server listed them, with this till's waiting changes (and new orders) on top. */
export function listWithWaitingChanges(orders: TOrder[]): TOrder[] {
  const waitingIds = [...new Set(state.waiting.filter((entry) => entry.queued).map((entry) => entry.orderId))];
  if (waitingIds.length === 0) return orders;
  const listed = orders.map((order) => withWaitingChanges(order.id, order) ?? order);
  const known = new Set(orders.map((order) => order.id));
  const added = waitingIds
    .filter((id) => !known.has(id))
    .map((id) => withWaitingChanges(id, undefined))
    .filter((order): order is TOrder => order !== undefined && order.status !== 'CLOSED');
  return [...listed, ...added];
}

/** Puts an order in the screen's cache (and its open-orders list), as this till now sees it. */
function show(queryClient: QueryClient, order: TOrder) {
  queryClient.setQueryData(orderQueryKey(order.id), order);
  queryClient.setQueryData<{ orders: TOrder[] }>(ordersQueryKey, (list) => {
    if (!list) return list;
    const others = list.orders.filter((candidate) => candidate.id !== order.id);
    const isOpen = order.status !== 'CLOSED' && order.status !== 'VOIDED';
    const at = list.orders.findIndex((candidate) => candidate.id === order.id);
    if (!isOpen) return { orders: others };
    if (at === -1) return { orders: [...others, order] };
    return { orders: list.orders.map((candidate) => (candidate.id === order.id ? order : candidate)) };
  });
}

function localAnswer(entry: OutboxEntry, order: TOrder): ChangeAnswer {
  return {
    order,
    tickets: [],
    payment: order.payments.find((payment) => payment.id === entry.id),
    queued: true,
  };
}

async function send(entry: Pick<OutboxEntry, 'request' | 'queued' | 'id'>) {
  const request = replayRequest(entry);
  const options = {
    ...('params' in request ? { params: request.params } : {}),
    body: request.body,
    idempotencyKey: entry.id,
  };
  try {
    // The union of four endpoints' requests, each checked by QueuedRequest's own types.
    return await requestApi(request.name as EndpointName, options as never);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NETWORK') return null;
    throw error;
  }
}

/** No IndexedDB (a private window): the change goes straight to the server, as before issue 12. */
async function sendWithoutOutbox(request: QueuedRequest, idempotencyKey: string): Promise<ChangeAnswer> {
  const answer = await send({ request, queued: false, id: idempotencyKey });
  if (!answer) throw new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.');
  if (!answer.ok) throw new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details);
  const data = answer.data as { order: TOrder; tickets?: TTicket[]; payment?: TPayment };
  return { order: data.order, tickets: data.tickets ?? [], payment: data.payment, queued: false };
}

/** Takes a change off the queue (the server has it, or refused it to the cashier's face). */
async function forget(entry: OutboxEntry) {
  const db = await localDb();
  await db.delete('outbox', entry.id);
  publish({ waiting: state.waiting.filter((candidate) => candidate.id !== entry.id) });
}

async function deadLetter(entry: OutboxEntry, status: number, error: { code: string; message: string }) {
  const db = await localDb();
  const letter: DeadLetter = { ...entry, failedAt: Date.now(), status, code: error.code, message: error.message };
  const tx = db.transaction(['outbox', 'deadLetters'], 'readwrite');
  await Promise.all([tx.objectStore('deadLetters').put(letter), tx.objectStore('outbox').delete(entry.id), tx.done]);
  publish({
    waiting: state.waiting.filter((candidate) => candidate.id !== entry.id),
    dead: [...state.dead, letter],
  });
}

/** Marks a change as answered by the till: it waits, and its replay drops the version check. */
async function markQueued(entry: OutboxEntry, attempts: number): Promise<OutboxEntry> {
  const db = await localDb();
  const next = { ...entry, queued: true, attempts, nextAttemptAt: Date.now() + retryDelayMs(attempts) };
  await db.put('outbox', next);
  publish({ waiting: state.waiting.map((candidate) => (candidate.id === entry.id ? next : candidate)) });
  return next;
}

function scheduleRetry(atMs: number) {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void syncNow(), Math.max(0, atMs - Date.now()));
}

/** One pass over the queue, oldest change first, until it is empty or a change must wait. */
async function drainPass(): Promise<void> {
  const ctx = context;
  if (!ctx || waitingForSignIn) return;
  const db = await localDb();
  for (;;) {
    const entries = inReplayOrder(
      (await db.getAllFromIndex('outbox', 'bySeq')).filter((entry) => entry.locationId === ctx.locationId),
    );
    const entry = entries[0];
    if (!entry) break;
    const waiter = waiters.get(entry.id);
    if (!waiter && entry.nextAttemptAt > Date.now()) {
      scheduleRetry(entry.nextAttemptAt);
      break;
    }
    const answer = await send(entry);
    const outcome = replayOutcome(answer ? answer.status : null);
    if (answer?.ok) {
      await forget(entry);
      const data = answer.data as { order: TOrder; tickets?: TTicket[]; payment?: TPayment };
      const shown = withWaitingChanges(data.order.id, data.order) ?? data.order;
      show(ctx.queryClient, shown);
      waiters
        .get(entry.id)
        ?.resolve({ order: data.order, tickets: data.tickets ?? [], payment: data.payment, queued: false });
      waiters.delete(entry.id);
      continue;
    }
    if (waiter && !entry.queued) {
      // Sent live: the cashier is looking at the screen, so the screen gets the answer as before.
      waiters.delete(entry.id);
      if (outcome === 'retry' && answer === null) {
        const queued = await markQueued(entry, 1);
        const local = withWaitingChanges(
          queued.orderId,
          ctx.queryClient.getQueryData<TOrder>(orderQueryKey(queued.orderId)),
        );
        if (local) {
          show(ctx.queryClient, local);
          waiter.resolve(localAnswer(queued, local));
        } else {
          await forget(entry);
          waiter.reject(new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.'));
        }
        scheduleRetry(queued.nextAttemptAt);
        break;
      }
      await forget(entry);
      waiter.reject(
        answer && !answer.ok
          ? new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details)
          : new ApiError(0, 'NETWORK', 'No answer'),
      );
      continue;
    }
    if (outcome === 'retry') {
      const next = await markQueued(entry, entry.attempts + 1);
      scheduleRetry(next.nextAttemptAt);
      break;
    }
    if (outcome === 'sign-in') {
      // The sign-in ended (idle lock, or it expired while offline): the queue carries on after the next PIN.
      waitingForSignIn = true;
      break;
    }
    if (answer && !answer.ok) {
      await deadLetter(entry, answer.status, answer.error);
      // What the server has now, without the refused change.
      void ctx.queryClient.invalidateQueries({ queryKey: orderQueryKey(entry.orderId) });
    }
  }
}

/** Replays the queue now (one pass at a time per tab; one tab at a time per device). */
export function syncNow(): Promise<void> {
  if (!context || !hasLocalDb()) return Promise.resolve();
  if (draining) {
    again = true;
    return draining;
  }
  const run = async () => {
    publish({ syncing: true });
    try {
      do {
        again = false;
        const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
        if (locks) await locks.request('fynlo-outbox', () => drainPass());
        else await drainPass();
      } while (again);
      // A change another tab sent while this one waited for the lock: its answer is on the server.
      for (const [id, waiter] of waiters) {
        if (state.waiting.some((entry) => entry.id === id)) continue;
        waiters.delete(id);
        waiter.reject(new ApiError(0, 'NETWORK', 'Another screen sent this change; the order will refresh'));
      }
    } finally {
      draining = null;
      publish({ syncing: false });
      await refreshState();
    }
  };
  draining = run();
  return draining;
}

/**
 * Sends one order change through the outbox: written down first, then sent. Answers the server's
 * answer online; offline (or behind changes still waiting) the till's own, from lib/domain.
 */
export async function submitOrderChange(request: QueuedRequest, idempotencyKey: string): Promise<ChangeAnswer> {
  const ctx = context;
  if (!ctx || !hasLocalDb()) return sendWithoutOutbox(request, idempotencyKey);
  await loaded;
  const now = Date.now();
  lastSeq = nextSeq(lastSeq, now);
  const entry: OutboxEntry = {
    id: idempotencyKey,
    seq: lastSeq,
    locationId: ctx.locationId,
    orderId: orderIdOf(request),
    request,
    userId: ctx.user.id,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: 0,
    queued: false,
  };
  const base = ctx.queryClient.getQueryData<TOrder>(orderQueryKey(entry.orderId));
  const db = await localDb();
  const behind = state.waiting.length > 0 || (typeof navigator !== 'undefined' && !navigator.onLine);
  if (behind) {
    // Causal order: a change never overtakes one still waiting. The till answers it now.
    let local: TOrder;
    try {
      local = applyLocally(base, request, {
        menu: menuOf(ctx.queryClient),
        serviceChargeBps: ctx.serviceChargeBps,
        user: ctx.user,
        changeId: entry.id,
        now: new Date(now),
        tableName: request.name === 'createOrder' && request.body.tableId ? ctx.tableName(request.body.tableId) : null,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'This change cannot be made offline';
      throw new ApiError(422, error instanceof LocalRefusal ? 'VALIDATION_FAILED' : 'CONFLICT', message);
    }
    const queued = { ...entry, queued: true };
    await db.put('outbox', queued);
    publish({ waiting: [...state.waiting, queued] });
    show(ctx.queryClient, local);
    void syncNow();
    return localAnswer(queued, local);
  }
  await db.put('outbox', entry);
  publish({ waiting: [...state.waiting, entry] });
  const answered = new Promise<ChangeAnswer>((resolve, reject) => waiters.set(entry.id, { resolve, reject }));
  void syncNow();
  return answered;
}

/**
 * Starts the outbox for the signed-in till: folds the waiting changes into the orders the device
 * kept, then replays on `online`, on coming to the foreground and every 15 s. Returns the stop.
 */
export function startOutbox(next: OutboxContext): () => void {
  context = next;
  // A new sign-in (or the same person's PIN after the idle lock) lets a queue waiting for one carry on.
  waitingForSignIn = false;
  if (!hasLocalDb() || typeof window === 'undefined') return () => undefined;
  // The orders' queries show the waiting changes on top of what the server said (use-orders.ts).
  loaded = refreshState().then(() => {
    lastSeq = Math.max(lastSeq, ...state.waiting.map((entry) => entry.seq));
  });
  void loaded.then(() => syncNow());
  const onOnline = () => void syncNow();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const heartbeat = setInterval(() => void syncNow(), 15_000);
  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(heartbeat);
    if (context === next) context = null;
  };
}

/** Clears a dead letter once someone has dealt with it (the office or the till's sync sheet). */
export async function dismissDeadLetter(id: string): Promise<void> {
  const db = await localDb();
  await db.delete('deadLetters', id);
  publish({ dead: state.dead.filter((letter) => letter.id !== id) });
}
