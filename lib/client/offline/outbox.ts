'use client';

// The till's durable outbox (issue 12). Every order change (create, add/edit/void lines, covers,
// void an unsent order, send, cash payment) is written to IndexedDB before it is sent, with its
// Idempotency-Key, and stays there until the server has answered it. Online, the change goes at once and the screen gets the server's answer,
// as before. With no answer (offline, or the connection dropped mid-request) the till answers
// itself from lib/domain (local-order.ts) and the change waits; the queue replays serially, in the
// order changes were made, on `online`, on coming to the foreground and every 15 s, never through
// Background Sync (iOS Safari has none). One tab replays at a time (Web Locks); the server's
// idempotency makes a replay the second tab also sends harmless. A change the server refuses on
// replay becomes a dead letter, kept with the server's words until someone clears it.
import type { QueryClient } from '@tanstack/react-query';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import { MAX_REPORTED_REFUSALS, type TSyncRefusal } from '@/lib/schemas/devices';
import type { TCashSession, TPayment } from '@/lib/schemas/payments';
import { ApiError } from '../api-error';
import { type EndpointName, requestApi } from '../call-api';
import { cashSessionsQueryKey, orderQueryKey, ordersQueryKey } from '../order-cache';
import { type DeadLetter, hasLocalDb, isDrawerRequest, localDb, type OutboxEntry } from './local-db';
import { applyDrawerChange, type DrawerRequest, drawerWithWaitingChanges, type ShownDrawer } from './local-drawer';
import {
  applyLocally,
  changeShown,
  linesAFireCovers,
  linesASendCovers,
  LocalRefusal,
  orderIdOf,
  type QueuedRequest,
} from './local-order';
import { deadLetterAdvice, describeChange } from './change-words';
import { asAnsweredOffline, clipText, inReplayOrder, nextSeq, replayOutcome, retryDelayMs } from './outbox-rules';

/** What the till needs to answer a change itself: who is signed in, the menu, the service charge. */
export type OutboxContext = {
  queryClient: QueryClient;
  locationId: string;
  user: { id: string; name: string };
  serviceChargeBps: number;
  tableName: (tableId: string) => string | null;
  /** The most discount the till gives offline without a manager (the cashier's limit, for everyone). */
  discountLimitBps: number;
};

/** An order change's answer: the order, plus what its endpoint adds. `queued`: answered by the till. */
export type ChangeAnswer = { order: TOrder; tickets: TTicket[]; payment?: TPayment; queued: boolean };

/** A drawer change's answer: the drawer. `queued`: answered by the till. */
export type DrawerAnswer = { cashSession: TCashSession; queued: boolean };

/** `lastSyncedAt`: when a sync run last left nothing waiting (this page's lifetime; ms). */
export type OutboxState = { waiting: OutboxEntry[]; dead: DeadLetter[]; syncing: boolean; lastSyncedAt: number | null };

let context: OutboxContext | null = null;
let state: OutboxState = { waiting: [], dead: [], syncing: false, lastSyncedAt: null };
let lastSeq = 0;
let draining: Promise<void> | null = null;
let again = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let waitingForSignIn = false;
/** The queue as this device left it, read once the till starts: a new change waits behind it. */
let loaded: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();
const waiters = new Map<
  string,
  {
    orderId: string;
    /** A drawer change (its `orderId` is the drawer's session). */
    drawer: boolean;
    resolve: (answer: ChangeAnswer | DrawerAnswer) => void;
    reject: (error: unknown) => void;
  }
>();
let forceAgain = false;
/** Whether the server took a change during the current sync run ("last synced" needs its word). */
let answeredThisRun = false;
/** Whether the server took a cash payment during the current sync run (the drawer's figure moved). */
let cashSyncedThisRun = false;

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
  // A change written while this read ran must not vanish from the screen's queue: read again.
  for (let tries = 0; tries < 3; tries += 1) {
    const before = state.waiting;
    const [waiting, dead] = await Promise.all([
      db.getAllFromIndex('outbox', 'bySeq'),
      db.getAllFromIndex('deadLetters', 'bySeq'),
    ]);
    if (state.waiting !== before) continue;
    publish({
      waiting: waiting.filter((entry) => entry.locationId === locationId),
      dead: dead.filter((entry) => entry.locationId === locationId),
    });
    return;
  }
}

function menuOf(queryClient: QueryClient): TMenuResponse {
  return queryClient.getQueryData<TMenuResponse>(['menu']) ?? { categories: [], stations: [] };
}

type OrderEntry = OutboxEntry & { request: QueuedRequest };
type DrawerEntry = OutboxEntry & { request: DrawerRequest };
const isOrderEntry = (entry: OutboxEntry): entry is OrderEntry => !isDrawerRequest(entry.request);
const isDrawerEntry = (entry: OutboxEntry): entry is DrawerEntry => isDrawerRequest(entry.request);

function localContext(
  ctx: OutboxContext,
  entry: Pick<OutboxEntry, 'id' | 'createdAt' | 'sendsLineIds'> & { request: QueuedRequest },
) {
  const { request } = entry;
  return {
    menu: menuOf(ctx.queryClient),
    serviceChargeBps: ctx.serviceChargeBps,
    user: ctx.user,
    changeId: entry.id,
    now: new Date(entry.createdAt),
    tableName: request.name === 'createOrder' && request.body.tableId ? ctx.tableName(request.body.tableId) : null,
    sendsLineIds: entry.sendsLineIds,
    discountLimitBps: ctx.discountLimitBps,
  };
}

/** A waiting change folded into the order; unchanged when the till cannot show it (the server will). */
function fold(order: TOrder | undefined, entry: OrderEntry, ctx: OutboxContext): TOrder | undefined {
  try {
    return applyLocally(order, entry.request, localContext(ctx, entry));
  } catch {
    return order;
  }
}

/**
 * An order as the server last said, with this till's changes that have not reached it yet on top.
 * Folding is idempotent (lines and payments carry their ids, a send the lines it covers), so an
 * order the till already shows with its changes may be folded again.
 */
export function withWaitingChanges(orderId: string, server: TOrder | undefined): TOrder | undefined {
  const ctx = context;
  if (!ctx) return server;
  return state.waiting
    .filter(isOrderEntry)
    .filter((entry) => entry.orderId === orderId && entry.queued)
    .reduce<TOrder | undefined>((order, entry) => fold(order, entry, ctx), server);
}

/** Whether this till has changes to the order the server has not had yet. */
export function hasWaitingChanges(orderId: string): boolean {
  return state.waiting.some((entry) => entry.orderId === orderId);
}

/**
 * This till's drawer as the server last said, with what the till holds that the server has not had:
 * movements made offline, and the cash it took offline (amount and tip of each waiting cash payment).
 */
export function drawerWithWaiting(session: TCashSession): ShownDrawer {
  const waiting = state.waiting.filter((entry) => entry.queued);
  const offlineCash = waiting.flatMap((entry) =>
    entry.request.name === 'takePayment'
      ? [{ id: entry.id, amountPence: entry.request.body.amountPence, tipPence: entry.request.body.tipPence }]
      : [],
  );
  return drawerWithWaitingChanges(session, waiting.filter(isDrawerEntry), offlineCash);
}

function cachedDrawer(queryClient: QueryClient, sessionId: string): TCashSession | undefined {
  return queryClient
    .getQueriesData<{ cashSessions: TCashSession[] }>({ queryKey: cashSessionsQueryKey })
    .flatMap(([, data]) => data?.cashSessions ?? [])
    .find((session) => session.id === sessionId);
}

/** Puts the server's answer about a drawer in every list of drawers the screen holds. */
function showDrawer(queryClient: QueryClient, session: TCashSession) {
  queryClient.setQueriesData<{ cashSessions: TCashSession[] }>({ queryKey: cashSessionsQueryKey }, (data) =>
    data
      ? {
          cashSessions: data.cashSessions.map((candidate) => (candidate.id === session.id ? session : candidate)),
        }
      : data,
  );
}

const isOnTheFloor = (order: TOrder) => order.status !== 'CLOSED' && order.status !== 'VOIDED';

/** The open orders as the server listed them, with this till's waiting changes (and new orders) on top. */
export function listWithWaitingChanges(orders: TOrder[]): TOrder[] {
  const waitingIds = [
    ...new Set(
      state.waiting
        .filter(isOrderEntry)
        .filter((entry) => entry.queued)
        .map((entry) => entry.orderId),
    ),
  ];
  if (waitingIds.length === 0) return orders;
  const known = new Set(orders.map((order) => order.id));
  const listed = orders.map((order) => withWaitingChanges(order.id, order) ?? order);
  const added = waitingIds
    .filter((id) => !known.has(id))
    .map((id) => withWaitingChanges(id, undefined))
    .filter((order): order is TOrder => order !== undefined);
  // An order paid offline leaves the floor now, not when its payment syncs.
  return [...listed, ...added].filter(isOnTheFloor);
}

/** Puts an order in the screen's cache (and its open-orders list), as this till now sees it. */
function show(queryClient: QueryClient, order: TOrder) {
  queryClient.setQueryData(orderQueryKey(order.id), order);
  queryClient.setQueryData<{ orders: TOrder[] }>(ordersQueryKey, (list) => {
    if (!list) return list;
    const others = list.orders.filter((candidate) => candidate.id !== order.id);
    if (!isOnTheFloor(order)) return { orders: others };
    if (others.length === list.orders.length) return { orders: [...others, order] };
    return { orders: list.orders.map((candidate) => (candidate.id === order.id ? order : candidate)) };
  });
}

/** The till's own answer to a change: its order, and the payment it made (a payment's id is the change's). */
function localAnswer(changeId: string, order: TOrder): ChangeAnswer {
  return { order, tickets: [], payment: order.payments.find((payment) => payment.id === changeId), queued: true };
}

/** The order this till last had: opened here, or only seen in the open-orders list. */
function cachedOrder(queryClient: QueryClient, orderId: string): TOrder | undefined {
  return (
    queryClient.getQueryData<TOrder>(orderQueryKey(orderId)) ??
    queryClient.getQueryData<{ orders: TOrder[] }>(ordersQueryKey)?.orders.find((order) => order.id === orderId)
  );
}

async function send(entry: Pick<OutboxEntry, 'request' | 'id'>) {
  const { request } = entry;
  const options = {
    ...('params' in request ? { params: request.params } : {}),
    body: request.body,
    idempotencyKey: entry.id,
  };
  try {
    // The union of the queued endpoints' requests, each checked by its own type (QueuedRequest, DrawerRequest).
    return await requestApi(request.name as EndpointName, options as never);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NETWORK') return null;
    throw error;
  }
}

type ServerAnswer = { order: TOrder; tickets?: TTicket[]; payment?: TPayment };
type DrawerServerAnswer = { cashSession: TCashSession };

/** No IndexedDB (a private window): the change goes straight to the server, as before issue 12. */
async function sendWithoutOutbox(request: QueuedRequest, idempotencyKey: string): Promise<ChangeAnswer> {
  const answer = await send({ request, id: idempotencyKey });
  if (!answer) throw new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.');
  if (!answer.ok) throw new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details);
  const data = answer.data as ServerAnswer;
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

/** Counts a try that got no answer (or a busy server): the change waits, and the next try is later. */
async function markWaiting(entry: OutboxEntry, attempts: number): Promise<OutboxEntry> {
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

/**
 * Every change a cashier is still waiting on that the queue could not send now (it waits behind
 * another, or got no answer): answered by the till, so no tap is left spinning while the queue
 * waits. A change the till cannot show itself is refused in words (its entry is dropped: nothing
 * was shown as done).
 */
async function answerWaitersLocally(ctx: OutboxContext, { blocked }: { blocked: boolean }) {
  for (const [id, waiter] of [...waiters]) {
    const entry = state.waiting.find((candidate) => candidate.id === id);
    // A queue that is not blocked sends what is still written down (the next run): leave it be.
    if (entry && !blocked) continue;
    waiters.delete(id);
    if (!entry && waiter.drawer) {
      // Sent by another tab meanwhile: recorded on the server; the drawer refreshes.
      void ctx.queryClient.invalidateQueries({ queryKey: cashSessionsQueryKey });
      const session = cachedDrawer(ctx.queryClient, waiter.orderId);
      if (session) waiter.resolve({ cashSession: drawerWithWaiting(session), queued: true });
      else waiter.reject(new ApiError(409, 'CONFLICT', 'Another screen sent this change; open the drawer again'));
      continue;
    }
    if (!entry) {
      // Sent by another tab meanwhile: its answer is on the server; the order refreshes.
      void ctx.queryClient.invalidateQueries({ queryKey: orderQueryKey(waiter.orderId) });
      const order = cachedOrder(ctx.queryClient, waiter.orderId);
      if (order) waiter.resolve({ order, tickets: [], queued: true });
      else waiter.reject(new ApiError(409, 'CONFLICT', 'Another screen sent this change; open the order again'));
      continue;
    }
    const queued = entry.queued ? entry : await markWaiting(entry, entry.attempts);
    if (isDrawerEntry(queued)) {
      const session = cachedDrawer(ctx.queryClient, queued.orderId);
      const local = session ? drawerWithWaiting(session) : undefined;
      if (local?.movements.some((movement) => movement.id === queued.request.body.id)) {
        waiter.resolve({ cashSession: local, queued: true });
      } else {
        await forget(queued);
        waiter.reject(new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.'));
      }
      continue;
    }
    if (!isOrderEntry(queued)) continue;
    const local = withWaitingChanges(queued.orderId, cachedOrder(ctx.queryClient, queued.orderId));
    const included = local !== undefined && changeShown(local, queued.request, queued.id);
    if (local && included) {
      show(ctx.queryClient, local);
      waiter.resolve(localAnswer(queued.id, local));
    } else {
      await forget(queued);
      waiter.reject(new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.'));
    }
  }
}

/**
 * One pass over the queue, oldest change first, until it is empty ('empty') or a change must wait
 * for a later try or a sign-in ('blocked').
 */
async function drainPass(force: boolean): Promise<'empty' | 'blocked'> {
  const ctx = context;
  if (!ctx) return 'empty';
  if (waitingForSignIn) return 'blocked';
  const db = await localDb();
  for (;;) {
    const entries = inReplayOrder(
      (await db.getAllFromIndex('outbox', 'bySeq')).filter((entry) => entry.locationId === ctx.locationId),
    );
    const entry = entries[0];
    if (!entry) return 'empty';
    const waiter = waiters.get(entry.id);
    if (!waiter && !force && entry.nextAttemptAt > Date.now()) {
      scheduleRetry(entry.nextAttemptAt);
      return 'blocked';
    }
    const answer = await send(entry);
    const reason =
      answer && !answer.ok && typeof answer.error.details === 'object' && answer.error.details !== null
        ? String((answer.error.details as { reason?: unknown }).reason ?? '')
        : undefined;
    const outcome = replayOutcome(answer ? answer.status : null, reason);
    if (answer?.ok && isDrawerEntry(entry)) {
      answeredThisRun = true;
      await forget(entry);
      const data = answer.data as DrawerServerAnswer;
      showDrawer(ctx.queryClient, data.cashSession);
      waiters.get(entry.id)?.resolve({ cashSession: data.cashSession, queued: false });
      waiters.delete(entry.id);
      continue;
    }
    if (answer?.ok) {
      answeredThisRun = true;
      await forget(entry);
      if (entry.request.name === 'takePayment') cashSyncedThisRun = true;
      const data = answer.data as ServerAnswer;
      show(ctx.queryClient, withWaitingChanges(data.order.id, data.order) ?? data.order);
      waiters.get(entry.id)?.resolve({ ...data, tickets: data.tickets ?? [], queued: false });
      waiters.delete(entry.id);
      continue;
    }
    if (waiter && !entry.queued && answer && outcome !== 'retry') {
      // Sent live and refused: the cashier is looking at the screen, so the screen gets the answer.
      waiters.delete(entry.id);
      await forget(entry);
      waiter.reject(new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details));
      continue;
    }
    if (outcome === 'retry') {
      const next = await markWaiting(entry, entry.attempts + 1);
      scheduleRetry(next.nextAttemptAt);
      return 'blocked';
    }
    if (outcome === 'sign-in') {
      // The sign-in ended (idle lock, or it expired while offline): the queue carries on after the next PIN.
      waitingForSignIn = true;
      return 'blocked';
    }
    if (answer && !answer.ok) {
      waiters.delete(entry.id);
      waiter?.reject(new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details));
      await deadLetter(entry, answer.status, answer.error);
      // What the server has now, without the refused change.
      void ctx.queryClient.invalidateQueries({
        queryKey: isDrawerEntry(entry) ? cashSessionsQueryKey : orderQueryKey(entry.orderId),
      });
    }
  }
}

/**
 * Replays the queue now (one pass at a time per tab; one tab at a time per device). `force`: a
 * change waiting out its back-off goes now too (the network came back, the till came to the
 * foreground, someone tapped Sync now).
 */
export function syncNow({ force = false }: { force?: boolean } = {}): Promise<void> {
  const ctx = context;
  if (!ctx || !hasLocalDb()) return Promise.resolve();
  if (draining) {
    again = true;
    forceAgain ||= force;
    return draining;
  }
  const run = async () => {
    answeredThisRun = false;
    publish({ syncing: true });
    let blocked = false;
    try {
      let forced = force;
      do {
        again = false;
        const pass = () => drainPass(forced);
        const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
        blocked = (locks ? await locks.request('fynlo-outbox', pass) : await pass()) === 'blocked';
        forced = forceAgain;
        forceAgain = false;
        // Asked again meanwhile: go on unless the queue must wait (and nobody asked to skip the wait).
      } while (again && (!blocked || forced));
    } catch {
      // IndexedDB failed under us (quota, a closed database): what waits stays written down.
      blocked = true;
    } finally {
      await refreshState().catch(() => undefined);
      // Only a queue that must wait answers the taps waiting on it locally; a change written since
      // the pass ended is sent by the next run below, never answered locally while online.
      await answerWaitersLocally(ctx, { blocked }).catch(() => undefined);
      draining = null;
      // Cash taken: the kept drawer is fetched again (even with its sheet shut), so offline it starts
      // from the server's figure. Only once no cash payment waits: a drawer fetched while one is
      // still queued may already hold it, and the till would count it twice on top.
      if (cashSyncedThisRun && !state.waiting.some((entry) => entry.request.name === 'takePayment')) {
        cashSyncedThisRun = false;
        void ctx.queryClient.invalidateQueries({ queryKey: cashSessionsQueryKey, refetchType: 'all' });
      }
      publish({
        syncing: false,
        ...(state.waiting.length === 0 && answeredThisRun ? { lastSyncedAt: Date.now() } : {}),
      });
      void reportSync();
      if (again && (!blocked || forceAgain)) {
        again = false;
        void syncNow({ force: forceAgain });
      }
    }
  };
  draining = run();
  return draining;
}

let lastReport: { words: string; at: number } | null = null;
let reportRefused = false;
let reporting: Promise<void> | null = null;
let reportAgain = false;
const REPORT_EVERY_MS = 60_000;

/**
 * Tells the server what this till holds (issue 12): the office lists it per till and the Z report
 * will not close a day while a till holds its changes. Sent when it changes and every minute while
 * online, one at a time (the newest state goes last); a browser that is not a paired till is told
 * no once and stops asking. The server hearing "nothing waits" is what "last synced" means.
 */
function reportSync(): Promise<void> {
  if (reporting) {
    reportAgain = true;
    return reporting;
  }
  reporting = sendReport().finally(() => {
    reporting = null;
    if (reportAgain) {
      reportAgain = false;
      void reportSync();
    }
  });
  return reporting;
}

/** A refused change as the office reads it, in the words the till's sync sheet uses. */
function refusalWords(letter: DeadLetter): TSyncRefusal {
  return {
    id: letter.id,
    orderId: letter.orderId,
    change: clipText(describeChange(letter), 200),
    message: clipText(letter.message, 500),
    advice: clipText(deadLetterAdvice(letter), 300),
    madeAt: new Date(letter.createdAt).toISOString(),
    failedAt: new Date(letter.failedAt).toISOString(),
  };
}

async function sendReport(): Promise<void> {
  if (!context || reportRefused || (typeof navigator !== 'undefined' && !navigator.onLine)) return;
  const oldest = state.waiting.reduce<number | null>(
    (soonest, entry) => (soonest === null ? entry.createdAt : Math.min(soonest, entry.createdAt)),
    null,
  );
  const body = {
    waiting: state.waiting.length,
    oldestAt: oldest === null ? null : new Date(oldest).toISOString(),
    refused: state.dead.length,
    refusals: state.dead.slice(-MAX_REPORTED_REFUSALS).map(refusalWords),
    lastSyncedAt: state.lastSyncedAt === null ? null : new Date(state.lastSyncedAt).toISOString(),
  };
  const words = JSON.stringify({ ...body, lastSyncedAt: null });
  if (lastReport && lastReport.words === words && Date.now() - lastReport.at < REPORT_EVERY_MS) return;
  lastReport = { words, at: Date.now() };
  try {
    const answer = await requestApi('reportDeviceSync', { body });
    if (answer.ok) {
      if (body.waiting === 0) publish({ lastSyncedAt: Date.parse(answer.data.sync.reportedAt ?? '') || Date.now() });
      return;
    }
    lastReport = null;
    if (answer.status === 403) reportRefused = true;
  } catch {
    lastReport = null;
  }
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
  const orderId = orderIdOf(request);
  const before = withWaitingChanges(orderId, cachedOrder(ctx.queryClient, orderId));
  const behind = state.waiting.length > 0 || (typeof navigator !== 'undefined' && !navigator.onLine);
  const entry: OrderEntry = {
    id: idempotencyKey,
    seq: lastSeq,
    locationId: ctx.locationId,
    orderId,
    // Answered on the till from the start: written without its version, once and for all.
    request: behind ? asAnsweredOffline(request, now) : request,
    userId: ctx.user.id,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: 0,
    queued: behind,
    sendsLineIds: !before
      ? undefined
      : request.name === 'sendOrder'
        ? linesASendCovers(before)
        : request.name === 'fireCourse'
          ? linesAFireCovers(before, request.body.course)
          : undefined,
  };
  const db = await localDb();
  if (behind) {
    // Causal order: a change never overtakes one still waiting. The till answers it now.
    let local: TOrder;
    try {
      local = applyLocally(before, entry.request, localContext(ctx, entry));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'This change cannot be made offline';
      throw new ApiError(422, error instanceof LocalRefusal ? 'VALIDATION_FAILED' : 'CONFLICT', message);
    }
    await db.put('outbox', entry);
    publish({ waiting: [...state.waiting, entry] });
    show(ctx.queryClient, local);
    void syncNow();
    return localAnswer(entry.id, local);
  }
  await db.put('outbox', entry);
  publish({ waiting: [...state.waiting, entry] });
  return sendNow<ChangeAnswer>(entry);
}

/** Sends a change written down while online: the screen gets the server's answer (or the till's, if none comes). */
function sendNow<A extends ChangeAnswer | DrawerAnswer>(entry: OutboxEntry): Promise<A> {
  const answered = new Promise<A>((resolve, reject) =>
    waiters.set(entry.id, {
      orderId: entry.orderId,
      drawer: isDrawerEntry(entry),
      resolve: resolve as (answer: ChangeAnswer | DrawerAnswer) => void,
      reject,
    }),
  );
  void syncNow();
  return answered;
}

/**
 * Sends a drawer change (pay in, pay out, safe drop, no sale) through the outbox, like an order
 * change: online the server's answer; offline, or behind changes still waiting, the till's own on
 * the drawer it kept, and the change waits its turn. Opening and closing a drawer go live: the
 * server counts what should be in it.
 */
export async function submitDrawerChange(request: DrawerRequest, idempotencyKey: string): Promise<DrawerAnswer> {
  const ctx = context;
  if (!ctx || !hasLocalDb()) {
    const answer = await send({ request, id: idempotencyKey });
    if (!answer) throw new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.');
    if (!answer.ok) throw new ApiError(answer.status, answer.error.code, answer.error.message, answer.error.details);
    return { cashSession: (answer.data as DrawerServerAnswer).cashSession, queued: false };
  }
  await loaded;
  const now = Date.now();
  lastSeq = nextSeq(lastSeq, now);
  const behind = state.waiting.length > 0 || (typeof navigator !== 'undefined' && !navigator.onLine);
  const entry: DrawerEntry = {
    id: idempotencyKey,
    seq: lastSeq,
    locationId: ctx.locationId,
    orderId: request.params.id,
    request,
    userId: ctx.user.id,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: 0,
    queued: behind,
  };
  const db = await localDb();
  if (behind) {
    const session = cachedDrawer(ctx.queryClient, request.params.id);
    if (!session)
      throw new ApiError(0, 'NETWORK', 'This till has not loaded its drawer: try again when it is back online');
    let local: TCashSession;
    try {
      local = applyDrawerChange(drawerWithWaiting(session), request, { userId: ctx.user.id, now: new Date(now) });
    } catch (error) {
      throw new ApiError(
        422,
        'CONFLICT',
        error instanceof Error ? error.message : 'This change cannot be made offline',
      );
    }
    await db.put('outbox', entry);
    publish({ waiting: [...state.waiting, entry] });
    void syncNow();
    return { cashSession: local, queued: true };
  }
  await db.put('outbox', entry);
  publish({ waiting: [...state.waiting, entry] });
  return sendNow<DrawerAnswer>(entry);
}

/**
 * Starts the outbox for the signed-in till: folds the waiting changes into the orders the device
 * kept, then replays on `online`, on coming to the foreground and every 15 s. Returns the stop.
 */
export function startOutbox(next: OutboxContext): () => void {
  context = next;
  // A new sign-in (or the same person's PIN after the idle lock) lets a queue waiting for one carry on.
  waitingForSignIn = false;
  reportRefused = false;
  lastReport = null;
  if (!hasLocalDb() || typeof window === 'undefined') return () => undefined;
  // The orders' queries show the waiting changes on top of what the server said (use-orders.ts).
  loaded = refreshState().then(() => {
    lastSeq = Math.max(lastSeq, ...state.waiting.map((entry) => entry.seq));
  });
  void loaded.then(() => syncNow());
  // An installed till asks the browser to keep its storage for good (the queue lives there).
  if (window.matchMedia?.('(display-mode: standalone)').matches) void navigator.storage?.persist?.();
  const onOnline = () => void syncNow({ force: true });
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow({ force: true });
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const heartbeat = setInterval(() => {
    void syncNow();
    void reportSync();
  }, 15_000);
  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(heartbeat);
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (context === next) context = null;
  };
}

/** Clears a dead letter once someone has dealt with it (the office or the till's sync sheet). */
export async function dismissDeadLetter(id: string): Promise<void> {
  const db = await localDb();
  await db.delete('deadLetters', id);
  publish({ dead: state.dead.filter((letter) => letter.id !== id) });
  // The office lists refusals too: tell it this one is dealt with.
  void reportSync();
}
