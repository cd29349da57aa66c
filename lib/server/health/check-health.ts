import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { getEnv } from '@/lib/env';

export type Health = { ok: boolean; db: boolean; realtime: boolean; setupNeeded: boolean };

/**
 * Ready means the database answers and its schema is migrated. A migrated database with no
 * organisation yet is ready too (`setupNeeded`): a fresh install serves its setup page. Each check
 * gives up quickly, so a probe is answered (503) while the database is still starting instead of
 * waiting on it.
 */
export async function checkHealth({ db }: { db: DbOrTx }): Promise<Health> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_500).unref());
  // Fails (→ not ready) until the migrations have made the table.
  const query = db.$queryRaw<{ hasOrganisation: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Organisation") AS "hasOrganisation"`.then(
    (rows) => rows[0]?.hasOrganisation ?? null,
    () => null,
  );
  const [hasOrganisation, realtime] = await Promise.all([Promise.race([query, timeout]), realtimeAnswers()]);
  const dbReady = hasOrganisation !== null;
  return { ok: dbReady, db: dbReady, realtime, setupNeeded: hasOrganisation === false };
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
