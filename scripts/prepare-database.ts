// Gets a database ready for the app: migrations applied and, on an empty database, the demo café
// or (demo seeding off) a fresh setup token for the first-run setup link.
import { createDb } from '@/lib/db';
import { issueSetupToken } from '@/lib/server/setup/setup-token';
import { isDatabaseEmpty, seedDemo } from '@/prisma/seed';
import { applyMigrations } from './db/migrate.ts';

export type PreparedDatabase = {
  migrated: string[];
  seeded: boolean;
  /** The one-time setup token of a fresh install (no organisation, no demo): print it, once. */
  setupToken: string | null;
};

export async function prepareDatabase(
  url: string,
  log: (line: string) => void = () => undefined,
  { seed = true }: { seed?: boolean } = {},
): Promise<PreparedDatabase> {
  const migrated = await applyMigrations(url);
  if (migrated.length) log(`applied ${migrated.length} migration(s)`);
  const db = createDb(url, 1);
  try {
    const empty = await isDatabaseEmpty(db);
    const seeded = empty && seed;
    if (seeded) {
      await seedDemo(db);
      log('seeded the demo café');
    }
    // Every start before setup draws a new token, replacing the last: only the newest link works.
    const setupToken = empty && !seed ? await issueSetupToken(db) : null;
    if (setupToken) log('the database is empty (no demo: NODE_ENV=production or FYNLO_SEED_DEMO=false): setup needed');
    return { migrated, seeded, setupToken };
  } finally {
    await db.$disconnect();
  }
}
