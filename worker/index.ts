// Entry point of the worker: `tsx --conditions=react-server worker/index.ts`. `npm start` and
// `npm run dev` start it next to Next.js and the realtime sidecar; in production run one per node
// (several are safe: each job runs on one node at a time).
import pg from 'pg';
import pino from 'pino';
import { createDb } from '@/lib/db';
import { getEnv, loadDotEnv } from '@/lib/env';
import { scheduleJobs } from './jobs';

loadDotEnv();
const env = getEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { service: 'fynlo-worker' } });
if (!env.DATABASE_URL) {
  logger.fatal('DATABASE_URL is not set: the worker runs its jobs on the same database as the app');
  process.exit(1);
}

const db = createDb(env.DATABASE_URL, 2);
const locks = new pg.Client({ connectionString: env.DATABASE_URL });
await locks.connect();
const jobs = scheduleJobs({ db, locks, logger });
logger.info('worker running');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    jobs
      .stop()
      .then(() => Promise.all([db.$disconnect(), locks.end()]))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
