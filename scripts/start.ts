// `npm start` / `npm run dev`: one command from a fresh clone to a running café.
// Embedded database if DATABASE_URL is unset → migrations → demo seed if empty → production build
// if none → Next.js on PORT, the realtime sidecar on REALTIME_PORT and the worker → the URLs and
// demo logins.
// Ctrl-C stops everything cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { childProcessEnv, getEnv, loadDotEnv, shouldSeedDemo } from '@/lib/env';
import { DEMO } from '@/prisma/seed';
import { isBuildFresh, writeBuildStamp } from './build-stamp.ts';
import { lanUrls } from './lan-urls.ts';
import { type EmbeddedDatabase, findFreePort, startEmbeddedDatabase } from './db/embedded.ts';
import { prepareDatabase } from './prepare-database.ts';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const tsxCli = require.resolve('tsx/cli');
const started = Date.now();
const say = (line: string) => console.log(`[fynlo] ${line}`);

loadDotEnv();
const env = getEnv();
const dataDir = path.resolve(env.FYNLO_DATA_DIR);
const children = new Set<ChildProcess>();
let database: EmbeddedDatabase | undefined;
let stopping = false;

/** The demo's signing secret: made once, kept under .data/ so sessions survive restarts. */
async function demoAuthSecret(): Promise<string> {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  say(`generated AUTH_SECRET in ${path.relative(process.cwd(), file)}`);
  return secret;
}

/** PGlite runs one query at a time; a few connections let the app prepare the next meanwhile. */
const EMBEDDED_POOL_SIZE = 4;

function run(args: string[], overrides: Record<string, string>, bin = nextBin): ChildProcess {
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit', env: childProcessEnv(overrides) });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all([...children].map((child) => (child.kill('SIGTERM'), exited(child))));
  await database?.stop().catch(() => undefined);
  process.exit(code);
}

/**
 * A helper process (the realtime sidecar, the worker), restarted if it ever exits: screens replay
 * what they missed on reconnect, and every job picks up where the last run stopped.
 */
function startHelper(name: string, entry: string, overrides: Record<string, string>) {
  const helper = run(['--conditions=react-server', entry], overrides, tsxCli);
  void exited(helper).then((code) => {
    if (stopping) return;
    say(`the ${name} exited (${code}); restarting it`);
    setTimeout(() => startHelper(name, entry, overrides), 1_000);
  });
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  if (!env.AUTH_SECRET && env.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is required when NODE_ENV=production. Generate one with `openssl rand -base64 32` and set it (see .env.example).',
    );
  }
  const authSecret = env.AUTH_SECRET ?? (await demoAuthSecret());

  const url =
    env.DATABASE_URL ??
    `postgresql://postgres@127.0.0.1:${env.EMBEDDED_DB_PORT || (await findFreePort())}/postgres?sslmode=disable`;
  const preparing = (async () => {
    if (!env.DATABASE_URL) {
      const pgliteDir = path.join(dataDir, 'pglite');
      say(`embedded database in ${path.relative(process.cwd(), pgliteDir)} (set DATABASE_URL to use PostgreSQL)`);
      database = await startEmbeddedDatabase({ dataDir: pgliteDir, port: Number(new URL(url).port) });
    }
    return prepareDatabase(url, say, { seed: shouldSeedDemo() });
  })();
  // A database failure during the build must stop everything at once, not wait for the build.
  preparing.catch((error: unknown) => {
    console.error(`[fynlo] database: ${error instanceof Error ? error.message : String(error)}`);
    void shutdown(1);
  });

  // PUBLIC_URL is passed on only when set: unset, links follow the address each till used.
  // Next always runs with NODE_ENV=production under `npm start`, so the pay-by-bank provider is
  // decided here, from the environment the launcher was started in: the demo keeps its test bank,
  // a NODE_ENV=production deployment gets none until OPEN_BANKING_PROVIDER names one.
  const openBanking: Record<string, string> = env.OPEN_BANKING_PROVIDER
    ? { OPEN_BANKING_PROVIDER: env.OPEN_BANKING_PROVIDER }
    : {};
  if (!env.OPEN_BANKING_PROVIDER) {
    say('pay by bank is off: set OPEN_BANKING_PROVIDER=truelayer (or sandbox, the test bank, for a demo)');
  }
  const nextEnv = {
    ...openBanking,
    DATABASE_URL: url,
    AUTH_SECRET: authSecret,
    PORT: String(env.PORT),
    // A few connections to the embedded database (see DATABASE_POOL_SIZE in lib/env.ts).
    DATABASE_POOL_SIZE: env.DATABASE_URL ? String(env.DATABASE_POOL_SIZE) : String(EMBEDDED_POOL_SIZE),
  };
  if (mode === 'start' && !(await isBuildFresh())) {
    say('the code changed since the last production build (or there is none): building, about a minute…');
    const code = await exited(run(['build'], { ...nextEnv, NODE_ENV: 'production' }));
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
    // The service worker precaches this build's files: written after every build, as `npm run build` does.
    const serwistCli = path.join(path.dirname(require.resolve('@serwist/cli/package.json')), 'cli.js');
    const worker = await exited(run(['build', 'serwist.config.mjs'], { NODE_ENV: 'production' }, serwistCli));
    if (worker !== 0) throw new Error(`serwist build failed (exit ${worker})`);
    await writeBuildStamp();
  }
  // Idle keep-alive connections outlive the clients' own (Node's agent and browsers close theirs
  // sooner), so a till never sends a request down a socket the server is closing at that moment
  // (Node's default of 5 s did that to a POST under load: ECONNRESET, seen in CI).
  const keepAlive = mode === 'start' ? ['--keepAliveTimeout', String(KEEP_ALIVE_TIMEOUT_MS)] : [];
  const server = run([mode, '-p', String(env.PORT), '-H', env.HOSTNAME, ...keepAlive], {
    ...nextEnv,
    NODE_ENV: mode === 'dev' ? 'development' : 'production',
  });
  void exited(server).then((code) => {
    if (!stopping) {
      say(`Next.js exited (${code})`);
      void shutdown(code || 1);
    }
  });
  const { setupToken } = await preparing;
  startHelper('realtime sidecar', 'server/index.ts', {
    ...openBanking,
    DATABASE_URL: url,
    AUTH_SECRET: authSecret,
    REALTIME_PORT: String(env.REALTIME_PORT),
    // The embedded database has no LISTEN across connections: the sidecar polls it instead.
    REALTIME_LISTEN: env.DATABASE_URL ? env.REALTIME_LISTEN : 'false',
  });
  // Scheduled jobs (payment sweep, refunds, clean-up) write through the use cases, like the app.
  startHelper('worker', 'worker/index.ts', { ...openBanking, DATABASE_URL: url, AUTH_SECRET: authSecret });
  const healthy = await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`, 120_000);
  if (!healthy) throw new Error(`the app did not become healthy on port ${env.PORT}`);
  if (!(await waitForHealth(`http://127.0.0.1:${env.REALTIME_PORT}/health`, 30_000))) {
    say(`the realtime sidecar is not answering on port ${env.REALTIME_PORT}; screens will show "reconnecting"`);
  }
  if (database) say(`embedded database listening at ${url} (for psql or npm run audit:verify)`);
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printBanner(setupToken);
}

/**
 * Where the owner finishes a fresh install: PUBLIC_URL, else this machine's first address on the
 * network (the server may be a box in the back office), else localhost.
 */
function setupLink(token: string, lan: string[]): string {
  const origin = env.PUBLIC_URL?.replace(/\/$/, '') ?? lan[0] ?? `http://localhost:${env.PORT}`;
  return `${origin}/setup?token=${token}`;
}

/** The URLs to open; without PUBLIC_URL, this machine's addresses on the café's network too. */
function printBanner(setupToken: string | null) {
  const here = env.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`;
  const lan = lanUrls(networkInterfaces(), { hostname: env.HOSTNAME, port: env.PORT });
  const forDevices = env.PUBLIC_URL
    ? '    Pay and receipt links use PUBLIC_URL.'
    : lan.length
      ? [
          '    On this network (tills, kitchen screens and customers’ phones):',
          ...lan.map((origin) => `      ${origin}/till`),
          '    Open the till at one of these: its QR codes and receipt links use the address the till uses.',
        ].join('\n')
      : '    No network address found: only this machine can reach the app.';
  console.log(`
  Fynlo POS is running
    Till            ${here}/till
    Kitchen         ${here}/kitchen
    Back office     ${here}/office
    Health          ${here}/api/health
    Realtime        port ${env.REALTIME_PORT} (socket.io sidecar)
${forDevices}
`);
  if (setupToken) {
    // The token's only appearance outside its hash: this one line, on its own so it is easy to find.
    console.log(`  This is a fresh install. Open the setup link to create your business and owner account
  (it works once; starting again before setup prints a new one and the old stops working):
`);
    console.log(`Setup link: ${setupLink(setupToken, lan)}`);
    console.log('\n  Ctrl-C stops.\n');
    return;
  }
  if (!shouldSeedDemo()) {
    console.log('  Sign in to the back office with your owner account. Ctrl-C stops.\n');
    return;
  }
  console.log(`  Demo logins (${DEMO.locationName})
    Owner           ${DEMO.owner.email} / ${DEMO.owner.password}
    Manager         ${DEMO.manager.email} / ${DEMO.manager.password}   PIN ${DEMO.manager.pin}
    Supervisor      PIN ${DEMO.supervisor.pin}
    Cashier         PIN ${DEMO.cashier.pin}
    Kitchen         PIN ${DEMO.kitchen.pin}
  PINs work on a paired till or kitchen screen: sign in to the back office as the manager,
  open /till on the device and choose "Pair this device". Ctrl-C stops.
`);
}

main().catch((error: unknown) => {
  console.error(`[fynlo] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
