/* eslint-disable no-restricted-syntax -- benchmarks read their own knobs from the environment */
// npm run bench:offline — the offline till's soak (issue 12): BENCH_ORDERS (default 500) takeaway
// orders of 4 lines are built offline — each a create, a send and a cash payment, priced by the
// till's own lib/domain code (lib/client/offline/local-order.ts) — then the queue is drained the
// way the till's outbox does it: serially, oldest first, each change under its own Idempotency-Key,
// a change the till answered itself written without its version (outbox-rules.ts), retried on no answer,
// 5xx or 429. Every 20th change is sent twice at once (a second tab replaying). Then every order is
// read back: lost (missing, not paid or not closed) and duplicated payments must both be 0. The
// changes are sent as the cashier signed in with a PIN on a paired till, as in the café.
// Prints the drain time, changes/s, and a bare GET /api/health ceiling measured in the same run.
import { randomUUID } from 'node:crypto';
import { apiPath } from '@/lib/client/call-api';
import { applyLocally, type QueuedRequest } from '@/lib/client/offline/local-order';
import { API_ROUTES } from '@/lib/schemas/api-routes';
import { asAnsweredOffline, replayOutcome, retryDelayMs } from '@/lib/client/offline/outbox-rules';
import type { TMenuResponse } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import type { TMeResponse } from '@/lib/schemas/session';
import { cookieJar, measure, printFigures, signIn, startTarget } from '../lib/harness';

const ordersWanted = Number(process.env.BENCH_ORDERS ?? 500);
const onPostgres = Boolean(process.env.DATABASE_URL);

type Entry = { id: string; orderId: string; request: QueuedRequest; queued: true };

/**
 * A till as the café has one: the manager pairs it, the cashier signs in with a PIN. Its writes
 * spend the till's budget (RATE_LIMIT_TILL_WRITES_PER_MINUTE), as a real till's replay does.
 */
async function cashierOnAPairedTill(url: string): Promise<string> {
  const { jar, remember, cookie } = cookieJar();
  const manager = await signIn(url, 'manager@fynlo.test', 'fynlo-demo-manager');
  const paired = await fetch(`${url}/api/v1/devices/pair`, {
    method: 'POST',
    headers: { cookie: manager, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Soak till', kind: 'TILL' }),
  });
  if (paired.status !== 201) throw new Error(`pairing failed: ${paired.status}`);
  remember(paired);
  const csrf = await fetch(`${url}/api/auth/csrf`, { headers: { cookie: cookie() } });
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${url}/api/auth/callback/pin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, pin: '2222' }),
  });
  remember(signedIn);
  if (![...jar.keys()].some((name) => name.endsWith('fynlo.session'))) throw new Error('PIN sign-in failed');
  return cookie();
}

/** Four lines: two with their required choices, two plain, over several stations. */
function fourLines(menu: TMenuResponse) {
  const items = menu.categories.flatMap((category) => category.items).filter((item) => item.isAvailable);
  const pick = (name: string) => items.find((item) => item.name === name)!;
  const required = (name: string) => {
    const item = pick(name);
    return item.modifierGroups.filter((group) => group.min > 0).map((group) => group.modifiers[0]!.id);
  };
  return () => [
    { id: randomUUID(), itemId: pick('Flat white').id, quantity: 1, modifierIds: required('Flat white') },
    { id: randomUUID(), itemId: pick('Full English').id, quantity: 1, modifierIds: required('Full English') },
    { id: randomUUID(), itemId: pick('Croissant').id, quantity: 2 },
    { id: randomUUID(), itemId: pick('Crisps').id, quantity: 1 },
  ];
}

/** What the till does offline: every change answered on the device and queued, in order. */
function buildQueue(menu: TMenuResponse, me: TMeResponse): { entries: Entry[]; totals: Map<string, number> } {
  const lines = fourLines(menu);
  const entries: Entry[] = [];
  const totals = new Map<string, number>();
  for (let n = 0; n < ordersWanted; n += 1) {
    const orderId = randomUUID();
    const changes: QueuedRequest[] = [
      { name: 'createOrder', body: { id: orderId, type: 'TAKEAWAY', lines: lines() } },
      { name: 'sendOrder', params: { id: orderId }, body: { version: 1 } },
    ];
    let order: TOrder | undefined;
    for (const request of changes) order = apply(order, request);
    const due = order!.totals.duePence;
    const pay: QueuedRequest = {
      name: 'takePayment',
      params: { id: orderId },
      body: { method: 'CASH', amountPence: due, tipPence: 0, tenderedPence: Math.ceil(due / 1000) * 1000, version: 2 },
    };
    apply(order, pay);
    totals.set(orderId, due);
    for (const request of [...changes, pay])
      entries.push({ id: randomUUID(), orderId, request: asAnsweredOffline(request, Date.now()), queued: true });
  }
  return { entries, totals };

  function apply(order: TOrder | undefined, request: QueuedRequest) {
    return applyLocally(order, request, {
      menu,
      serviceChargeBps: me.location.serviceChargeBps,
      user: me.user,
      changeId: randomUUID(),
      now: new Date(),
      tableName: null,
      discountLimitBps: null,
    });
  }
}

async function sendOnce(url: string, cookie: string, entry: Entry): Promise<number | null> {
  const { request } = entry;
  const path = apiPath(request.name, 'params' in request ? request.params : undefined);
  try {
    const response = await fetch(`${url}${path}`, {
      method: API_ROUTES[request.name].method,
      headers: { cookie, 'content-type': 'application/json', 'idempotency-key': entry.id },
      body: JSON.stringify(request.body),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

const target = await startTarget();
try {
  const cookie = await cashierOnAPairedTill(target.url);
  const get = async <T>(path: string) =>
    (await (await fetch(`${target.url}${path}`, { headers: { cookie } })).json()) as T;
  const menu = await get<TMenuResponse>('/api/v1/menu');
  const me = await get<TMeResponse>('/api/v1/me');
  const { entries, totals } = buildQueue(menu, me);

  let retries = 0;
  let refused = 0;
  let twice = 0;
  const started = performance.now();
  for (const [index, entry] of entries.entries()) {
    for (let attempt = 1; ; attempt += 1) {
      const sends = index % 20 === 0 ? [sendOnce(target.url, cookie, entry), sendOnce(target.url, cookie, entry)] : [];
      if (sends.length) twice += 1;
      const statuses = sends.length ? await Promise.all(sends) : [await sendOnce(target.url, cookie, entry)];
      const outcomes = statuses.map((status) => replayOutcome(status));
      if (outcomes.includes('done')) break;
      if (outcomes.every((outcome) => outcome === 'refused')) {
        refused += 1;
        console.error(`refused: ${entry.request.name} ${statuses.join(', ')}`);
        break;
      }
      retries += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryDelayMs(attempt), 2_000)));
    }
  }
  const drainSeconds = (performance.now() - started) / 1000;

  let lost = 0;
  let duplicatePayments = 0;
  for (const [orderId, total] of totals) {
    const answer = await fetch(`${target.url}/api/v1/orders/${orderId}`, { headers: { cookie } });
    if (answer.status !== 200) {
      lost += 1;
      continue;
    }
    const { order } = (await answer.json()) as { order: TOrder };
    if (order.status !== 'CLOSED' || order.totals.paidPence !== total || order.totals.totalPence !== total) lost += 1;
    duplicatePayments += Math.max(0, order.payments.length - 1);
  }
  const health = await measure('GET /api/health', { url: `${target.url}/api/health`, connections: 1, duration: 10 });

  const database = onPostgres ? 'PostgreSQL' : 'embedded PGlite';
  const changesPerSecond = entries.length / drainSeconds;
  console.log(`\noffline soak — ${database}: ${ordersWanted} orders (4 lines, cash) queued offline, then drained`);
  console.table([
    {
      orders: ordersWanted,
      changes: entries.length,
      'sent twice': twice,
      'drain (s)': drainSeconds.toFixed(1),
      'changes/s': changesPerSecond.toFixed(1),
      retries,
      refused,
      lost,
      'duplicate payments': duplicatePayments,
    },
  ]);
  printFigures('ceiling (one connection, as the till replays)', [health]);
  console.log(
    `changes/s ÷ health req/s: ${((changesPerSecond / health.requestsPerSecond) * 100).toFixed(1)} %; goal: drain ≤ ${onPostgres ? 30 : 60} s, lost 0, duplicates 0`,
  );
  if (lost > 0 || duplicatePayments > 0 || refused > 0) process.exitCode = 1;
} finally {
  await target.stop();
}
