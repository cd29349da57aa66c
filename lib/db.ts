// The Prisma client singleton. Code that touches the database takes `db` (this client or a
// transaction) as a parameter; only entry points (route wrapper, scripts) call getDb().
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getEnv } from '@/lib/env';

export type Db = PrismaClient;
/** A client or an interactive transaction: what use cases accept as `db`. */
export type DbOrTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const globalForDb = globalThis as unknown as { fynloDb?: PrismaClient };

export function createDb(connectionString: string, poolSize = getEnv().DATABASE_POOL_SIZE): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  // With a small pool (the embedded database uses one connection), a transaction may wait its
  // turn for the connection under load; give it time rather than failing a till's request.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}

/** The process-wide client (kept on globalThis so hot reload does not open a pool per edit). */
export function getDb(): PrismaClient {
  if (globalForDb.fynloDb) return globalForDb.fynloDb;
  const url = getEnv().DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database.');
  globalForDb.fynloDb = createDb(url);
  return globalForDb.fynloDb;
}

/** Closes the process-wide client (graceful shutdown, and between test files). */
export async function disconnectDb(): Promise<void> {
  const db = globalForDb.fynloDb;
  globalForDb.fynloDb = undefined;
  await db?.$disconnect();
}
