// The worker's jobs are safe on several nodes at once: a job runs under a PostgreSQL advisory lock,
// so while one node runs it another skips that turn rather than running it twice.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { JOBS, type Job, runJobOnce } from '@/worker/jobs';
import { testDatabaseServerUrl } from '../test-env';

const clients: pg.Client[] = [];
async function lockConnection() {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

describe('worker: jobs', () => {
  // PGlite serves every connection from one session, where advisory locks are re-entrant; it is one
  // node's embedded database anyway. CI runs this file on PostgreSQL too, where nodes really share.
  it.skipIf(!testDatabaseServerUrl())(
    'a job another node is running is skipped, then runs once that node is done',
    async () => {
      const [nodeA, nodeB] = [await lockConnection(), await lockConnection()];
      let runs = 0;
      let release!: () => void;
      const slow: Job = {
        name: `test-${Date.now()}`,
        everyMs: 1_000,
        run: () =>
          new Promise((resolve) => {
            runs += 1;
            release = () => resolve({ done: 1 });
          }),
      };
      const onA = runJobOnce(slow, { db: getDb(), locks: nodeA, now: new Date() });
      await expect.poll(() => runs).toBe(1);
      expect(await runJobOnce(slow, { db: getDb(), locks: nodeB, now: new Date() })).toBeNull();
      expect(runs).toBe(1);
      release();
      expect(await onA).toEqual({ done: 1 });
      const onB = runJobOnce(slow, { db: getDb(), locks: nodeB, now: new Date() });
      await expect.poll(() => runs).toBe(2);
      release();
      expect(await onB).toEqual({ done: 1 });
    },
  );

  it('every scheduled job runs against a real database and reports its figures', async () => {
    const locks = await lockConnection();
    for (const job of JOBS) {
      const figures = await runJobOnce(job, { db: getDb(), locks, now: new Date() });
      expect(figures, job.name).not.toBeNull();
      for (const count of Object.values(figures!)) expect(count).toBeGreaterThanOrEqual(0);
    }
  });
});
