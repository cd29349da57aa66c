// Entry point of the realtime sidecar: `tsx --conditions=react-server server/index.ts`.
// `npm start` and `npm run dev` start it next to Next.js; in production run one per node.
import pino from 'pino';
import { getAuthSecret, getEnv, loadDotEnv } from '@/lib/env';
import { startRealtimeServer } from './realtime';

loadDotEnv();
const env = getEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { service: 'fynlo-realtime' } });
if (!env.DATABASE_URL) {
  logger.fatal('DATABASE_URL is not set: the sidecar reads the outbox of the same database as the app');
  process.exit(1);
}

const server = await startRealtimeServer({
  databaseUrl: env.DATABASE_URL,
  port: env.REALTIME_PORT,
  host: env.HOSTNAME,
  secret: getAuthSecret(),
  listen: env.REALTIME_LISTEN === 'true',
  trustedProxies: env.TRUSTED_PROXIES,
  logger,
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
