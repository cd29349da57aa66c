// Gets a database ready for the app: migrations applied and, on an empty database, the demo café.
import { createDb } from '@/lib/db';
import { isDatabaseEmpty, seedDemo } from '@/prisma/seed';
import { applyMigrations } from './db/migrate.ts';

export async function prepareDatabase(
  url: string,
  log: (line: string) => void = () => undefined,
): Promise<{ migrated: string[]; seeded: boolean }> {
  const migrated = await applyMigrations(url);
  if (migrated.length) log(`applied ${migrated.length} migration(s)`);
  const db = createDb(url, 2);
  try {
    const seeded = await isDatabaseEmpty(db);
    if (seeded) {
      await seedDemo(db);
      log('seeded the demo café');
    }
    return { migrated, seeded };
  } finally {
    await db.$disconnect();
  }
}
