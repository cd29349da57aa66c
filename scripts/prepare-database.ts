// Gets a database ready for the app: migrations applied and, on an empty database, the demo café.
import { createDb } from '@/lib/db';
import { isDatabaseEmpty, seedDemo } from '@/prisma/seed';
import { applyMigrations } from './db/migrate.ts';

export async function prepareDatabase(
  url: string,
  log: (line: string) => void = () => undefined,
  { seed = true }: { seed?: boolean } = {},
): Promise<{ migrated: string[]; seeded: boolean }> {
  const migrated = await applyMigrations(url);
  if (migrated.length) log(`applied ${migrated.length} migration(s)`);
  const db = createDb(url, 1);
  try {
    const empty = await isDatabaseEmpty(db);
    if (empty && !seed)
      log('the database is empty and demo seeding is off (FYNLO_SEED_DEMO=false, or NODE_ENV=production)');
    const seeded = empty && seed;
    if (seeded) {
      await seedDemo(db);
      log('seeded the demo café');
    }
    return { migrated, seeded };
  } finally {
    await db.$disconnect();
  }
}
