import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { getEnv } from '@/lib/env';

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
  const [dbReady, realtime] = await Promise.all([Promise.race([query, timeout]), realtimeAnswers()]);
  return { ok: dbReady, db: dbReady, realtime };
}

let realtimeCheck: { at: number; answer: Promise<boolean> } | null = null;
/** Probes are frequent (load balancers, the launcher); the sidecar is asked at most once a second. */
const REALTIME_CHECK_TTL_MS = 1_000;

/** Whether this node's realtime sidecar answers its /health (informative: screens still work by HTTP). */
function realtimeAnswers(): Promise<boolean> {
  const now = Date.now();
  if (realtimeCheck && now - realtimeCheck.at < REALTIME_CHECK_TTL_MS) return realtimeCheck.answer;
  const env = getEnv();
  const base = env.REALTIME_INTERNAL_URL ?? `http://127.0.0.1:${env.REALTIME_PORT}`;
  const answer = fetch(new URL('/health', base), { signal: AbortSignal.timeout(500), cache: 'no-store' }).then(
    async (response) => {
      await response.body?.cancel();
      return response.ok;
    },
    () => false,
  );
  realtimeCheck = { at: now, answer };
  return answer;
}

/** For tests: forget the last sidecar check. */
export function resetHealthCacheForTests() {
  realtimeCheck = null;
}
