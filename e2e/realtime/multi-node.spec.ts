/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
// Two app nodes (each Next.js + its realtime sidecar, started by `npm start` as in production) on
// one PostgreSQL: a change made through node A reaches a socket connected to node B's sidecar.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import pg from 'pg';
import { io } from 'socket.io-client';
import { apiSignIn, DEMO, expect, test } from '../fixtures';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const secret = randomBytes(32).toString('base64url');

type Node = { url: string; realtimePort: number; process: ChildProcess };

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function startNode(databaseUrl: string, port: number, name: string): Promise<Node> {
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      PORT: String(port),
      REALTIME_PORT: String(port + 1),
      FYNLO_DATA_DIR: `.data/e2e-${name}`,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const node = { url: `http://127.0.0.1:${port}`, realtimePort: port + 1, process: child };
  await waitFor(`${node.url}/api/health`, 180_000);
  await waitFor(`http://127.0.0.1:${port + 1}/health`, 30_000);
  return node;
}

function stopNode(node: Node | undefined) {
  if (!node?.process.pid) return Promise.resolve();
  process.kill(-node.process.pid, 'SIGINT');
  return new Promise((resolve) => node.process.on('exit', resolve));
}

test('a change made through node A reaches a socket on node B', async () => {
  test.setTimeout(240_000);
  const name = `fynlo_multinode_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let nodeA: Node | undefined;
  let nodeB: Node | undefined;
  try {
    // A migrates and seeds; B then starts on the same database.
    nodeA = await startNode(url.toString(), 3300, 'node-a');
    nodeB = await startNode(url.toString(), 3310, 'node-b');

    // The kitchen screen signs in on node B and connects to node B's sidecar.
    const onB = await playwrightRequest.newContext({ baseURL: nodeB.url });
    await apiSignIn(onB, 'password', DEMO.manager);
    const { token } = (await (await onB.get('/api/v1/realtime/token')).json()) as { token: string };
    const socket = io(`http://127.0.0.1:${nodeB.realtimePort}`, { transports: ['websocket'], auth: { token } });
    const received: { type: string; payload: { orderId?: string } }[] = [];
    socket.on('event', (event) => received.push(event));
    await new Promise<void>((resolve) => socket.on('ready', () => resolve()));

    // The till rings an order up on node A.
    const onA = await playwrightRequest.newContext({ baseURL: nodeA.url });
    await apiSignIn(onA, 'password', DEMO.manager);
    const created = await onA.post('/api/v1/orders', {
      headers: { 'idempotency-key': randomBytes(16).toString('hex') },
      data: { type: 'TAKEAWAY' },
    });
    expect(created.status()).toBe(201);
    const { order } = (await created.json()) as { order: { id: string } };

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
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
