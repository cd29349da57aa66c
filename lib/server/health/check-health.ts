import 'server-only';
import type { DbOrTx } from '@/lib/db';

/**
 * Ready means the database answers and its schema is migrated. Each check gives up quickly, so a
 * probe is answered (503) while the database is still starting instead of waiting on it.
 */
export async function checkHealth({ db }: { db: DbOrTx }): Promise<{ ok: boolean; db: boolean; realtime: boolean }> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 1_500).unref());
  const query = db.$queryRaw<{ ready: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Location") AS ready`.then(
    (rows) => rows[0]?.ready === true,
    () => false,
  );
  const dbReady = await Promise.race([query, timeout]);
  return { ok: dbReady, db: dbReady, realtime: false };
}
