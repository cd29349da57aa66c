// A fresh install for tests that need one: every table of the test file's database emptied (the
// demo café included), migrations kept. Cheaper than a second template for the few files that
// need it, and it leaves every other test file's database alone.
import type { Db } from '@/lib/db';

export async function emptyDatabase(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$transaction(async (tx) => {
    // The audit log refuses TRUNCATE by trigger (it is append-only); a replica session skips
    // triggers, which only a test may do to its own throwaway database.
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(`TRUNCATE ${tables.map(({ name }) => `"${name}"`).join(', ')} CASCADE`);
  });
}
