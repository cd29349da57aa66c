// The crash between two lines: the app process dies right after a change commits and before its
// answer leaves (FYNLO_FAILPOINT=crash-after-commit:…, a real SIGKILL of a real HTTP server), and
// the till retries with the same Idempotency-Key against a fresh process. The retry must replay
// the committed answer: one payment, one order, one set of lines, one refund — never two.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TOrder } from '@/lib/schemas/orders';
import { dataOf } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { type AppProcess, startAppProcess } from '../process/app-process';

type Attempt = { path: string; body: Record<string, unknown> };

type CrashCase = {
  name: string;
  /** The endpoint's path template, as FYNLO_FAILPOINT names it. */
  endpointPath: string;
  /** Prepares what the request needs and says how to count what it writes. */
  prepare(cookie: string): Promise<{ attempt: Attempt; count(): Promise<number>; idOf(body: unknown): string }>;
};

const db = () => getDb();

async function openOrder(cookie: string): Promise<TOrder> {
  const created = await createOrderAs(cookie, {
    type: 'TAKEAWAY',
    lines: [{ itemId: menu.fullEnglish, quantity: 2, modifierIds: [menu.friedEggs, menu.sourdough] }],
  });
  expect(created.status).toBe(201);
  return dataOf(created).order;
}

const cases: CrashCase[] = [
  {
    name: 'a cash part-payment',
    endpointPath: '/api/v1/orders/{id}/payments',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      return {
        attempt: { path: `/api/v1/orders/${order.id}/payments`, body: { method: 'CASH', amountPence: 500 } },
        count: () => db().payment.count({ where: { orderId: order.id } }),
        idOf: (body) => (body as { payment: { id: string } }).payment.id,
      };
    },
  },
  {
    name: 'an order created without a client id',
    endpointPath: '/api/v1/orders',
    async prepare() {
      const marker = `crash-${randomUUID()}`;
      return {
        attempt: { path: '/api/v1/orders', body: { type: 'TAKEAWAY', customerName: marker } },
        count: () => db().order.count({ where: { customerName: marker } }),
        idOf: (body) => (body as { order: { id: string } }).order.id,
      };
    },
  },
  {
    name: 'lines added to an order',
    endpointPath: '/api/v1/orders/{id}/lines',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      return {
        attempt: {
          path: `/api/v1/orders/${order.id}/lines`,
          body: { lines: [{ itemId: menu.crisps, quantity: 3 }] },
        },
        count: () => db().orderLine.count({ where: { orderId: order.id, itemId: menu.crisps } }),
        idOf: (body) => (body as { order: { id: string; version: number } }).order.id,
      };
    },
  },
  {
    name: 'a cash refund',
    endpointPath: '/api/v1/payments/{id}/refunds',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      const paid = await fetchIn(inProcess, `/api/v1/orders/${order.id}/payments`, cookie, randomUUID(), {
        method: 'CASH',
        amountPence: order.totals.duePence,
      });
      const paymentId = (paid.body as { payment: { id: string } }).payment.id;
      return {
        attempt: { path: `/api/v1/payments/${paymentId}/refunds`, body: { amountPence: 200, reason: 'Cold food' } },
        count: () => db().refund.count({ where: { paymentId } }),
        idOf: (body) => (body as { refund: { id: string } }).refund.id,
      };
    },
  },
];

let inProcess: AppProcess;

async function fetchIn(app: AppProcess, path: string, cookie: string, key: string, body: unknown) {
  const response = await fetch(`${app.origin}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    body: await response.json(),
  };
}

beforeAll(async () => {
  inProcess = await startAppProcess();
}, 60_000);
afterAll(async () => inProcess?.stop());

describe('crash safety: the process dies after the commit, before the answer', () => {
  it.each(cases)('$name: the retry with the same key replays the committed answer', async (crash) => {
    const cookie = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
    const { attempt, count, idOf } = await crash.prepare(cookie);
    const before = await count();
    const key = randomUUID();

    const crashing = await startAppProcess({ FYNLO_FAILPOINT: `crash-after-commit:${crash.endpointPath}` });
    await expect(fetchIn(crashing, attempt.path, cookie, key, attempt.body)).rejects.toThrow();
    expect(await crashing.exited).toBe('SIGKILL');
    // The change committed: the answer was lost, not the work.
    expect(await count()).toBe(before + 1);

    const retry = await fetchIn(inProcess, attempt.path, cookie, key, attempt.body);
    expect(retry.status).toBeLessThan(300);
    expect(retry.replayed).toBe('true');
    expect(await count()).toBe(before + 1);
    const again = await fetchIn(inProcess, attempt.path, cookie, key, attempt.body);
    expect(idOf(again.body)).toBe(idOf(retry.body));
    expect(await count()).toBe(before + 1);
  });
});
