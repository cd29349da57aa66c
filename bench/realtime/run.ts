/* eslint-disable no-restricted-syntax -- benchmarks read their own knobs from the environment */
// npm run bench:realtime — the realtime sidecar under load, as a separate process like production.
// (1) BENCH_SCREENS (200) connected screens, BENCH_RATE (20) committed events/s for BENCH_SECONDS
//     (60): delivery latency commit → received (p50/p99), deliveries/s, sidecar memory per socket.
// (2) Restart storm: BENCH_STORM (1000) screens connected, the sidecar stopped, events committed
//     while it is down, the sidecar started again: how long until every screen is back, how soon
//     they noticed it was gone, and how many events any screen missed or got twice (goal 0).
// Embedded PGlite by default (the sidecar polls); DATABASE_URL=… for PostgreSQL (LISTEN/NOTIFY).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { io, type Socket } from 'socket.io-client';
import { createDb } from '@/lib/db';
import { recordChange, SYSTEM } from '@/lib/server/write/record-change';
import { signRealtimeToken } from '@/lib/server/realtime/token';
import { demoId } from '@/prisma/seed';
import { type EmbeddedDatabase, findFreePort, startEmbeddedDatabase } from '../../scripts/db/embedded.ts';
import { prepareDatabase } from '../../scripts/prepare-database.ts';

const screens = Number(process.env.BENCH_SCREENS ?? 200);
const rate = Number(process.env.BENCH_RATE ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const stormScreens = Number(process.env.BENCH_STORM ?? 1000);
const onPostgres = Boolean(process.env.DATABASE_URL);
const secret = randomBytes(32).toString('base64url');
const locationId = demoId('location');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

// ── the database and the sidecar ────────────────────────────────────────────────────────────────
let embedded: EmbeddedDatabase | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  embedded = await startEmbeddedDatabase({ dataDir: 'memory://' });
  databaseUrl = embedded.url;
}
await prepareDatabase(databaseUrl);
const db = createDb(databaseUrl, 2);
const realtimePort = await findFreePort();
const sidecarUrl = `http://127.0.0.1:${realtimePort}`;

function startSidecar(): ChildProcess {
  return spawn(process.execPath, [tsxCli, '--conditions=react-server', 'server/index.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      REALTIME_PORT: String(realtimePort),
      REALTIME_LISTEN: onPostgres ? 'true' : 'false',
      HOSTNAME: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function sidecarHealth(): Promise<{ sockets: number; memory: { rss: number; heapUsed: number } } | null> {
  try {
    return (await (await fetch(`${sidecarUrl}/health`)).json()) as {
      sockets: number;
      memory: { rss: number; heapUsed: number };
    };
  } catch {
    return null;
  }
}

async function stopSidecar(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

// ── screens and events ──────────────────────────────────────────────────────────────────────────
const committedAt = new Map<number, number>();

async function commitEvent(n: number): Promise<number> {
  const [seq] = await db.$transaction((tx) =>
    recordChange(tx, {
      by: SYSTEM,
      locationId,
      action: 'checkout.opened',
      entity: { type: 'CheckoutSession', id: String(n) },
      now: new Date(),
      events: [
        { locationId, type: 'menu.updated', payload: { entityType: 'Bench', entityId: String(n), action: 'bench' } },
      ],
    }),
  );
  committedAt.set(Number(seq), performance.now());
  return Number(seq);
}

type Screen = {
  socket: Socket;
  seqs: number[];
  lastSeq: number | null;
  ready: number;
  disconnectedAt: number | null;
  latencies: number[] | null;
};

function openScreen(latencies: number[] | null): Screen {
  const token = signRealtimeToken(
    {
      sub: demoId('user:cashier'),
      lid: locationId,
      role: 'CASHIER',
      sv: 1,
      sid: randomUUID(),
      did: null,
      exp: Math.floor(Date.now() / 1000) + 3600,
    },
    secret,
  );
  const screen: Screen = {
    socket: null as unknown as Socket,
    seqs: [],
    lastSeq: null,
    ready: 0,
    disconnectedAt: null,
    latencies,
  };
  screen.socket = io(sidecarUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 250,
    reconnectionDelayMax: 2_000,
    auth: (callback) => callback({ token, lastSeq: screen.lastSeq }),
  });
  screen.socket.on('event', (event: { seq: number }) => {
    const received = performance.now();
    screen.seqs.push(event.seq);
    screen.lastSeq = event.seq;
    const committed = committedAt.get(event.seq);
    if (screen.latencies && committed !== undefined) screen.latencies.push(Math.max(0, received - committed));
  });
  screen.socket.on('ready', (ready: { lastSeq: number }) => {
    screen.ready += 1;
    screen.lastSeq = Math.max(screen.lastSeq ?? 0, ready.lastSeq);
  });
  screen.socket.on('disconnect', () => {
    screen.disconnectedAt ??= performance.now();
  });
  return screen;
}

async function openScreens(count: number, latencies: number[] | null): Promise<Screen[]> {
  const opened: Screen[] = [];
  for (let i = 0; i < count; i += 1) {
    opened.push(openScreen(latencies));
    if (i % 50 === 49) await sleep(50); // a screenful at a time, as tablets would come online
  }
  if (!(await until(() => opened.every((screen) => screen.ready > 0), 60_000)))
    throw new Error('screens did not connect');
  return opened;
}

const database = onPostgres ? 'PostgreSQL (LISTEN/NOTIFY)' : 'embedded PGlite (polling every 200 ms)';
let sidecar = startSidecar();
try {
  if (!(await waitForSidecar())) throw new Error('the sidecar did not start');

  // ── (1) steady load ─────────────────────────────────────────────────────────────────────────
  const idle = (await sidecarHealth())!;
  const latencies: number[] = [];
  const steady = await openScreens(screens, latencies);
  await sleep(1_000);
  const loaded = (await sidecarHealth())!;
  const started = performance.now();
  let n = 0;
  const firstSeq = await commitEvent(n++);
  while (performance.now() - started < seconds * 1000) {
    const next = started + (n * 1000) / rate;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    await commitEvent(n++);
  }
  const lastSeq = Math.max(...committedAt.keys());
  await until(() => steady.every((screen) => screen.lastSeq !== null && screen.lastSeq >= lastSeq), 10_000);
  const elapsed = (performance.now() - started) / 1000;
  const expected = [...committedAt.keys()].filter((seq) => seq >= firstSeq).length;
  const missing = steady.reduce((sum, screen) => sum + Math.max(0, expected - screen.seqs.length), 0);
  latencies.sort((a, b) => a - b);
  for (const screen of steady) screen.socket.close();

  console.log(`\nrealtime delivery — ${database}, ${screens} screens, ${rate} events/s for ${seconds} s`);
  console.table([
    {
      events: expected,
      'events/s': (expected / elapsed).toFixed(1),
      'deliveries/s': (latencies.length / elapsed).toFixed(0),
      'p50 ms': percentile(latencies, 50).toFixed(1),
      'p99 ms': percentile(latencies, 99).toFixed(1),
      'max ms': (latencies.at(-1) ?? 0).toFixed(1),
      missing,
      'KB/socket (rss)': ((loaded.memory.rss - idle.memory.rss) / 1024 / screens).toFixed(1),
      'KB/socket (heap)': ((loaded.memory.heapUsed - idle.memory.heapUsed) / 1024 / screens).toFixed(1),
    },
  ]);

  // ── (2) restart storm ───────────────────────────────────────────────────────────────────────
  committedAt.clear();
  const storm = await openScreens(stormScreens, null);
  const stormHealth = (await sidecarHealth())!;
  const before = await commitEvent(n++);
  await until(() => storm.every((screen) => screen.lastSeq !== null && screen.lastSeq >= before), 10_000);
  const baseline = storm.map((screen) => screen.seqs.length);

  const killedAt = performance.now();
  await stopSidecar(sidecar);
  await until(() => storm.every((screen) => screen.disconnectedAt !== null), 10_000);
  const noticedMs = Math.max(...storm.map((screen) => (screen.disconnectedAt ?? Infinity) - killedAt));
  const whileDown: number[] = [];
  for (let i = 0; i < 20; i += 1) whileDown.push(await commitEvent(n++));
  const readyBefore = storm.map((screen) => screen.ready);
  const restartedAt = performance.now();
  sidecar = startSidecar();
  const back = await until(() => storm.every((screen, index) => screen.ready > readyBefore[index]!), 120_000);
  const backMs = performance.now() - restartedAt;
  const after = await commitEvent(n++);
  await until(() => storm.every((screen) => screen.lastSeq !== null && screen.lastSeq >= after), 10_000);
  const wanted = [...whileDown, after];
  let missed = 0;
  let duplicates = 0;
  for (const [index, screen] of storm.entries()) {
    const got = screen.seqs.slice(baseline[index]);
    missed += wanted.filter((seq) => !got.includes(seq)).length;
    duplicates += got.length - new Set(got).size;
  }
  for (const screen of storm) screen.socket.close();

  console.log(`\nrestart storm — ${database}, ${stormScreens} screens, 20 events committed while the sidecar was down`);
  console.table([
    {
      'all back': back ? 'yes' : 'NO',
      'back after': `${(backMs / 1000).toFixed(1)} s`,
      'all noticed the loss within': `${(noticedMs / 1000).toFixed(2)} s`,
      'missed events': missed,
      duplicates,
      [`KB/socket (rss, ${stormScreens} sockets)`]: (
        (stormHealth.memory.rss - idle.memory.rss) /
        1024 /
        stormScreens
      ).toFixed(1),
    },
  ]);
} finally {
  await stopSidecar(sidecar).catch(() => undefined);
  await db.$disconnect();
  await embedded?.stop();
}

async function waitForSidecar(): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await sidecarHealth()) return true;
    await sleep(200);
  }
  return false;
}
