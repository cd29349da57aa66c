// Two app nodes (each Next.js + its realtime sidecar, started by `npm start` as in production) on
// one PostgreSQL: a change made through node A reaches a socket connected to node B's sidecar.
import { randomBytes } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { io } from 'socket.io-client';
import { type AppNode, createSpecDatabase, startNode, stopNode } from '../fixtures/app-node';
import { apiSignIn, dataOf, DEMO, e2eApi, expect, test } from '../fixtures';

const secret = randomBytes(32).toString('base64url');

test('a change made through node A reaches a socket on node B', async () => {
  test.setTimeout(240_000);
  const database = await createSpecDatabase('fynlo_multinode');
  let nodeA: AppNode | undefined;
  let nodeB: AppNode | undefined;
  try {
    // A migrates and seeds; B then starts on the same database.
    nodeA = await startNode(database.url, 3300, 'node-a', { secret });
    nodeB = await startNode(database.url, 3310, 'node-b', { secret });

    // The kitchen screen signs in on node B and connects to node B's sidecar.
    const onB = await playwrightRequest.newContext({ baseURL: nodeB.url });
    await apiSignIn(onB, 'password', DEMO.manager);
    const { token } = await e2eApi(onB).call('realtimeToken', {});
    const socket = io(`http://127.0.0.1:${nodeB.realtimePort}`, { transports: ['websocket'], auth: { token } });
    const received: { type: string; payload: { orderId?: string } }[] = [];
    socket.on('event', (event) => received.push(event));
    await new Promise<void>((resolve) => socket.on('ready', () => resolve()));

    // The till rings an order up on node A.
    const onA = await playwrightRequest.newContext({ baseURL: nodeA.url });
    await apiSignIn(onA, 'password', DEMO.manager);
    const created = await e2eApi(onA).request('createOrder', {
      body: { type: 'TAKEAWAY' },
      idempotencyKey: randomBytes(16).toString('hex'),
    });
    expect(created.status).toBe(201);
    const { order } = dataOf(created);

    await expect
      .poll(() => received.filter((event) => event.payload.orderId === order.id).map((event) => event.type), {
        timeout: 5_000,
      })
      .toEqual(['order.created']);
    socket.close();
    await onA.dispose();
    await onB.dispose();
  } finally {
    await Promise.all([stopNode(nodeA), stopNode(nodeB)]);
    await database.drop();
  }
});
