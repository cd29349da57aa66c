// The scheduled jobs (design.md §2): each calls use cases in lib/server, so every write follows the
// write path (one transaction, audit row, outbox event). Safe on several nodes at once: a job runs
// under a PostgreSQL advisory lock, so one node runs it at a time and the others skip that turn.
import type pg from 'pg';
import type pino from 'pino';
import type { Db } from '@/lib/db';
import { purgeIdempotencyRecords } from '@/lib/server/jobs/purge-idempotency-records';
import { settleRefunds } from '@/lib/server/jobs/settle-refunds';
import { sweepPayments } from '@/lib/server/jobs/sweep-payments';

export type Job = {
  name: string;
  everyMs: number;
  run(db: Db, now: Date): Promise<Record<string, number>>;
};

export const JOBS: readonly Job[] = [
  { name: 'sweep-payments', everyMs: 5_000, run: sweepPayments },
  { name: 'settle-refunds', everyMs: 5_000, run: settleRefunds },
  {
    name: 'purge-idempotency-records',
    everyMs: 60 * 60_000,
    run: async (db, now) => ({ purged: await purgeIdempotencyRecords(db, now) }),
  },
];

/**
 * Runs a job once if no other worker is running it: returns its figures, or null when another
 * node holds the job's lock. `locks` is a connection of the worker's own (advisory locks belong to
 * a session, so it must not be a pooled one).
 */
export async function runJobOnce(
  job: Job,
  options: { db: Db; locks: pg.Client; now: Date },
): Promise<Record<string, number> | null> {
  const key = `fynlo:job:${job.name}`;
  const { rows } = await options.locks.query<{ locked: boolean }>(
    'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
    [key],
  );
  if (!rows[0]?.locked) return null;
  try {
    return await job.run(options.db, options.now);
  } finally {
    await options.locks.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
  }
}

/** Runs every job on its interval (one run of a job at a time); `stop()` waits for runs in flight. */
export function scheduleJobs(options: { db: Db; locks: pg.Client; logger: pino.Logger; jobs?: readonly Job[] }) {
  const { db, locks, logger, jobs = JOBS } = options;
  const running = new Map<string, Promise<void>>();
  const timers = jobs.map((job) =>
    setInterval(() => {
      if (running.has(job.name)) return;
      const run = runJobOnce(job, { db, locks, now: new Date() })
        .then((figures) => {
          if (figures && Object.values(figures).some((count) => count > 0))
            logger.info({ job: job.name, ...figures }, 'job ran');
        })
        .catch((error: unknown) => logger.warn({ err: error, job: job.name }, 'job failed; the next run tries again'))
        .finally(() => running.delete(job.name));
      running.set(job.name, run);
    }, job.everyMs),
  );
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
