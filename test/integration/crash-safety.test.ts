// The crash between two lines: the app process dies right after a change commits and before its
// answer leaves (FYNLO_FAILPOINT=crash-after-commit:…, a real SIGKILL of a real HTTP server), and
// the till retries with the same Idempotency-Key against a fresh process. The retry must replay
// the committed answer: one payment, one order, one set of lines, one refund — never two.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput, ApiResult, EndpointName } from '@/lib/client/call-api';
import { getDb } from '@/lib/db';
import { API_ROUTES } from '@/lib/schemas/api-routes';
import type { TOrder } from '@/lib/schemas/orders';
import { dataOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { type AppProcess, startAppProcess } from '../process/app-process';

/** What one attempt got back: its status, whether it was a replay, and the id of what it made. */
type Answer = { status: number; replayed: string | null; id: string };

type CrashCase = {
  name: string;
  /** The endpoint the change goes to; FYNLO_FAILPOINT names its path template. */
  endpoint: EndpointName;
  /** Prepares what the request needs: how to send it to a process (with a key), how to count what it writes. */
  prepare(cookie: string): Promise<{ send(origin: string, key: string): Promise<Answer>; count(): Promise<number> }>;
};

const db = () => getDb();

function answer<N extends EndpointName>(result: ApiResult<N>, idOf: (data: ApiOutput<N>) => string): Answer {
  return { status: result.status, replayed: result.headers.get('idempotent-replayed'), id: idOf(dataOf(result)) };
}

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
    endpoint: 'takePayment',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      return {
        send: async (origin, key) =>
          answer(
            await testApi({ cookie, origin }).request('takePayment', {
              params: { id: order.id },
              body: { method: 'CASH', amountPence: 500 },
              idempotencyKey: key,
            }),
            (data) => data.payment.id,
          ),
        count: () => db().payment.count({ where: { orderId: order.id } }),
      };
    },
  },
  {
    name: 'an order created without a client id',
    endpoint: 'createOrder',
    async prepare(cookie) {
      const marker = `crash-${randomUUID()}`;
      return {
        send: async (origin, key) =>
          answer(
            await testApi({ cookie, origin }).request('createOrder', {
              body: { type: 'TAKEAWAY', customerName: marker },
              idempotencyKey: key,
            }),
            (data) => data.order.id,
          ),
        count: () => db().order.count({ where: { customerName: marker } }),
      };
    },
  },
  {
    name: 'lines added to an order',
    endpoint: 'addOrderLines',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      return {
        send: async (origin, key) =>
          answer(
            await testApi({ cookie, origin }).request('addOrderLines', {
              params: { id: order.id },
              body: { lines: [{ itemId: menu.crisps, quantity: 3 }] },
              idempotencyKey: key,
            }),
            (data) => data.order.id,
          ),
        count: () => db().orderLine.count({ where: { orderId: order.id, itemId: menu.crisps } }),
      };
    },
  },
  {
    name: 'a cash refund',
    endpoint: 'refundPayment',
    async prepare(cookie) {
      const order = await openOrder(cookie);
      const paid = await testApi({ cookie, origin: inProcess.origin }).call('takePayment', {
        params: { id: order.id },
        body: { method: 'CASH', amountPence: order.totals.duePence },
        idempotencyKey: randomUUID(),
      });
      const paymentId = paid.payment.id;
      return {
        send: async (origin, key) =>
          answer(
            await testApi({ cookie, origin }).request('refundPayment', {
              params: { id: paymentId },
              body: { amountPence: 200, reason: 'Cold food' },
              idempotencyKey: key,
            }),
            (data) => data.refund.id,
          ),
        count: () => db().refund.count({ where: { paymentId } }),
      };
    },
  },
];

let inProcess: AppProcess;

beforeAll(async () => {
  inProcess = await startAppProcess();
}, 60_000);
afterAll(async () => inProcess?.stop());

describe('crash safety: the process dies after the commit, before the answer', () => {
  it.each(cases)('$name: the retry with the same key replays the committed answer', async (crash) => {
    const cookie = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
    const { send, count } = await crash.prepare(cookie);
    const before = await count();
    const key = randomUUID();

    const crashing = await startAppProcess({
      FYNLO_FAILPOINT: `crash-after-commit:${API_ROUTES[crash.endpoint].path}`,
    });
    await expect(send(crashing.origin, key)).rejects.toThrow();
    expect(await crashing.exited).toBe('SIGKILL');
    // The change committed: the answer was lost, not the work.
    expect(await count()).toBe(before + 1);

    const retry = await send(inProcess.origin, key);
    expect(retry.status).toBeLessThan(300);
    expect(retry.replayed).toBe('true');
    expect(await count()).toBe(before + 1);
    const again = await send(inProcess.origin, key);
    expect(again.id).toBe(retry.id);
    expect(await count()).toBe(before + 1);
  });
});
