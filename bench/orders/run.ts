/* eslint-disable no-restricted-syntax -- benchmarks read their own knobs from the environment */
// npm run bench:orders — the till's hot path: create a 4-line order, then send it to the kitchen.
// (a) a fixed 100 orders/s from 25 tills for BENCH_SECONDS (default 60): p50/p95/p99 per order
// and errors; (b) flat out: orders/s; plus a bare GET /api/health as the ceiling and the ratio.
// PGlite by default (BENCH_TILLS defaults to 10 there); DATABASE_URL=… for PostgreSQL.
import { randomUUID } from 'node:crypto';
import { measure, printFigures, signIn, startTarget } from '../lib/harness';

const onPostgres = Boolean(process.env.DATABASE_URL);
const tills = Number(process.env.BENCH_TILLS ?? (onPostgres ? 25 : 10));
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const rate = Number(process.env.BENCH_RATE ?? (onPostgres ? 100 : 30));

type Menu = {
  categories: {
    items: {
      id: string;
      name: string;
      isAvailable: boolean;
      modifierGroups: { min: number; modifiers: { id: string }[] }[];
    }[];
  }[];
};

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function orderLines(url: string, cookie: string) {
  const menu = (await (await fetch(`${url}/api/v1/menu`, { headers: { cookie } })).json()) as Menu;
  const items = menu.categories.flatMap((category) => category.items).filter((item) => item.isAvailable);
  // Four lines: two with required modifier choices, two plain, across several stations.
  const pick = (name: string) => items.find((item) => item.name === name)!;
  const withRequired = (name: string) => {
    const item = pick(name);
    return {
      itemId: item.id,
      quantity: 1,
      modifierIds: item.modifierGroups.filter((g) => g.min > 0).map((g) => g.modifiers[0]!.id),
    };
  };
  return [
    withRequired('Flat white'),
    withRequired('Full English'),
    { itemId: pick('Croissant').id, quantity: 2 },
    { itemId: pick('Crisps').id, quantity: 1 },
  ];
}

async function placeOrder(url: string, cookie: string, lines: unknown[]): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const headers = { cookie, 'content-type': 'application/json' };
  const created = await fetch(`${url}/api/v1/orders`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': randomUUID() },
    body: JSON.stringify({ type: 'TAKEAWAY', lines }),
  });
  if (created.status !== 201) return { ok: false, ms: performance.now() - started };
  const { order } = (await created.json()) as { order: { id: string } };
  const sent = await fetch(`${url}/api/v1/orders/${order.id}/send`, { method: 'POST', headers, body: '{}' });
  await sent.arrayBuffer();
  return { ok: sent.status === 200, ms: performance.now() - started };
}

/** Each till places orders at rate/tills per second (or back to back when rate is 0) until the deadline. */
async function run(url: string, cookie: string, lines: unknown[], ordersPerSecond: number, durationSeconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const interval = ordersPerSecond > 0 ? (1000 * tills) / ordersPerSecond : 0;
  await Promise.all(
    Array.from({ length: tills }, async (_, till) => {
      let next = performance.now() + (interval * till) / tills;
      while (performance.now() < deadline) {
        if (interval) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          next += interval;
        }
        const result = await placeOrder(url, cookie, lines).catch(() => ({ ok: false, ms: 0 }));
        if (result.ok) latencies.push(result.ms);
        else errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    orders: latencies.length,
    errors,
    perSecond: latencies.length / durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const target = await startTarget({ RATE_LIMIT_WRITES_PER_MINUTE: '1000000' });
try {
  const cookie = await signIn(target.url, 'manager@fynlo.test', 'fynlo-demo-manager');
  const lines = await orderLines(target.url, cookie);
  await run(target.url, cookie, lines, 0, 3); // warm up
  const fixed = await run(target.url, cookie, lines, rate, seconds);
  const flat = await run(target.url, cookie, lines, 0, Math.min(seconds, 30));
  const health = await measure('GET /api/health', {
    url: `${target.url}/api/health`,
    connections: tills,
    duration: 10,
  });
  const database = onPostgres ? 'PostgreSQL' : 'embedded PGlite';
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(`\ncreate + send of a 4-line order — ${database}, ${tills} tills`);
  console.table([
    {
      run: `fixed ${rate} orders/s, ${seconds} s`,
      orders: fixed.orders,
      'orders/s': fixed.perSecond.toFixed(1),
      p50: ms(fixed.p50),
      p95: ms(fixed.p95),
      p99: ms(fixed.p99),
      errors: fixed.errors,
    },
    {
      run: 'flat out',
      orders: flat.orders,
      'orders/s': flat.perSecond.toFixed(1),
      p50: ms(flat.p50),
      p95: ms(flat.p95),
      p99: ms(flat.p99),
      errors: flat.errors,
    },
  ]);
  printFigures('ceiling', [health]);
  console.log(
    `flat-out orders/s ÷ health req/s: ${((flat.perSecond / health.requestsPerSecond) * 100).toFixed(1)} % (an order is 2 requests and 1-2 transactions)`,
  );
} finally {
  await target.stop();
}
