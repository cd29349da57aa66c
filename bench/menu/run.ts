/* eslint-disable no-restricted-syntax -- benchmarks read their own knobs from the environment */
// npm run bench:menu — the read every till makes on start and on every menu change:
// GET /api/v1/menu (authenticated, session checked against the database) against the ceiling of a
// bare GET /api/health. PGlite by default; DATABASE_URL=… for PostgreSQL; BENCH_URL=… for a running app.
import { measure, printFigures, signIn, startTarget } from '../lib/harness';

const target = await startTarget();
try {
  const cookie = await signIn(target.url, 'owner@fynlo.test', 'fynlo-demo-owner');
  const health = await measure('GET /api/health', { url: `${target.url}/api/health` });
  const menu = await measure('GET /api/v1/menu', { url: `${target.url}/api/v1/menu`, headers: { cookie } });
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : process.env.BENCH_URL ? 'running app' : 'embedded PGlite';
  printFigures(`menu read vs health ceiling — ${database}, 10 connections, ${process.env.BENCH_SECONDS ?? 15} s each`, [
    health,
    menu,
  ]);
  console.log(`menu / health throughput: ${((menu.requestsPerSecond / health.requestsPerSecond) * 100).toFixed(0)} %`);
} finally {
  await target.stop();
}
