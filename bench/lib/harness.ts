/* eslint-disable no-restricted-syntax -- benchmarks read their own knobs from the environment */
// Shared by the benchmarks: start the app the way `npm start` does (or use BENCH_URL), sign in,
// run autocannon and print the figures.
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';

export type Target = { url: string; stop(): Promise<void> };

/** BENCH_URL if given; otherwise `npm start` on BENCH_PORT with a fresh data folder (PGlite, or DATABASE_URL). */
export async function startTarget(extraEnv: Record<string, string> = {}): Promise<Target> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: async () => undefined };
  const port = process.env.BENCH_PORT ?? '3400';
  const child: ChildProcess = spawn('bash', ['-c', 'rm -rf .data/bench && exec npm start'], {
    env: {
      ...process.env,
      PORT: port,
      REALTIME_PORT: String(Number(port) + 1),
      FYNLO_DATA_DIR: '.data/bench',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGINT');
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

/** The cookies a run of requests was given, as a browser keeps them: `remember` each answer, send `cookie()`. */
export function cookieJar() {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  return { jar, remember, cookie };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header to send. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const { jar, remember, cookie } = cookieJar();
  const csrf = await fetch(`${url}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${url}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  remember(signedIn);
  if (![...jar.keys()].some((name) => name.endsWith('fynlo.session'))) throw new Error('sign-in failed');
  return cookie();
}

export type Figures = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export async function measure(name: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: 10, duration: Number(process.env.BENCH_SECONDS ?? 15), ...options });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function printFigures(title: string, rows: Figures[]) {
  console.log(`\n${title}`);
  console.table(
    rows.map((row) => ({
      path: row.name,
      'req/s': row.requestsPerSecond,
      'p50 ms': row.p50,
      'p90 ms': row.p90,
      'p99 ms': row.p99,
      errors: row.errors,
      'non-2xx': row.non2xx,
    })),
  );
}
