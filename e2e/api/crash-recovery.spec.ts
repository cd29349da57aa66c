// The app is killed (kill -9, the whole node) in the middle of a burst of cash part-payments on
// PostgreSQL, restarted, and every request is retried with its Idempotency-Key: each key ends with
// exactly one payment, none is lost, and keys answered before the crash replay their first answer.
import { randomBytes, randomUUID } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { type AppNode, createSpecDatabase, killNode, startNode, stopNode } from '../fixtures/app-node';
import { apiSignIn, dataOf, DEMO, e2eApi, type E2eApi, expect, menuItems, test } from '../fixtures';

const secret = randomBytes(32).toString('base64url');
const ORDERS = 8;
const PAYMENTS_PER_ORDER = 12;
const PART_PENCE = 100;
const IN_FLIGHT = 24;

type Attempt = { orderId: string; key: string };
type Answer = { status: number; paymentId: string | null };

async function pay(api: E2eApi, { orderId, key }: Attempt): Promise<Answer> {
  const response = await api.request('takePayment', {
    params: { id: orderId },
    body: { method: 'CASH', amountPence: PART_PENCE },
    idempotencyKey: key,
  });
  return { status: response.status, paymentId: response.ok ? response.data.payment.id : null };
}

test('kill -9 mid-burst: after a restart every payment key has exactly one payment', async () => {
  test.setTimeout(420_000);
  const database = await createSpecDatabase('fynlo_crash');
  let node: AppNode | undefined;
  try {
    node = await startNode(database.url, 3320, 'crash', { secret });
    const context = await playwrightRequest.newContext({ baseURL: node.url });
    await apiSignIn(context, 'password', DEMO.manager);
    const api = e2eApi(context);

    const attempts: Attempt[] = [];
    for (let index = 0; index < ORDERS; index += 1) {
      const crisps = (await menuItems(api)).find((item) => item.name === 'Crisps')!;
      const created = await api.request('createOrder', {
        body: { type: 'TAKEAWAY', lines: [{ itemId: crisps.id, quantity: 12 }] },
        idempotencyKey: randomUUID(),
      });
      expect(created.status).toBe(201);
      const { order } = dataOf(created);
      for (let part = 0; part < PAYMENTS_PER_ORDER; part += 1) attempts.push({ orderId: order.id, key: randomUUID() });
    }

    // The burst, IN_FLIGHT at a time; the node is killed once a third of it has been answered.
    const before = new Map<string, Answer>();
    const victim = node;
    let next = 0;
    let killed: Promise<void> | null = null;
    const worker = async () => {
      while (next < attempts.length && !killed) {
        const attempt = attempts[next++]!;
        const answer = await pay(api, attempt).catch(() => null);
        if (answer) before.set(attempt.key, answer);
        // A random moment after that, so the kill can land between a commit and its answer.
        if (before.size >= attempts.length / 3 && !killed)
          killed = new Promise((resolve) => setTimeout(resolve, Math.random() * 15)).then(() => killNode(victim));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    const answeredBefore = before.size;
    const committed = await database.query<{ count: string }>('SELECT count(*) FROM "Payment"');
    const description = `${answeredBefore} of ${attempts.length} answered before the kill; ${committed[0]!.count} payments committed`;
    test.info().annotations.push({ type: 'crash', description });
    console.log(`crash-recovery: ${description}`);
    expect(answeredBefore).toBeLessThan(attempts.length);

    // Restart on the same database; the till's session cookie still holds (same AUTH_SECRET).
    node = await startNode(database.url, 3320, 'crash', { secret });
    const retried = new Map<string, Answer>();
    next = 0;
    const retryWorker = async () => {
      while (next < attempts.length) {
        const attempt = attempts[next++]!;
        retried.set(attempt.key, await pay(api, attempt));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, retryWorker));

    for (const attempt of attempts) {
      const answer = retried.get(attempt.key)!;
      expect(answer.status, `retry of ${attempt.key}`).toBe(201);
      const first = before.get(attempt.key);
      if (first?.status === 201) expect(answer.paymentId).toBe(first.paymentId);
    }
    const perKey = await database.query<{ idempotencyKey: string; count: string }>(
      'SELECT "idempotencyKey", count(*) FROM "Payment" WHERE "idempotencyKey" = ANY($1) GROUP BY 1',
      [attempts.map((attempt) => attempt.key)],
    );
    expect(perKey).toHaveLength(attempts.length); // none lost
    expect(perKey.filter((row) => row.count !== '1')).toEqual([]); // none twice
    const paid = await database.query<{ orderId: string; paid: string }>(
      'SELECT "orderId", sum("amountPence") AS paid FROM "Payment" GROUP BY 1',
    );
    expect(paid.map((row) => Number(row.paid))).toEqual(Array(ORDERS).fill(PAYMENTS_PER_ORDER * PART_PENCE));
    await context.dispose();
  } finally {
    await stopNode(node);
    await database.drop();
  }
});
