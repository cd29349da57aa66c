import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { getEnv } from '@/lib/env';

export type Health = { ok: boolean; db: boolean; realtime: boolean; setupNeeded: boolean };

/**
 * Ready means the database answers, its schema is migrated, and it holds a venue — or, on a fresh
 * install, a setup token (`setupNeeded`: the setup page is what it serves). While the demo seed
 * runs there is neither, so nobody is sent to a half-made café. Each check gives up quickly, so a
 * probe is answered (503) while the database is still starting instead of waiting on it.
 */
export async function checkHealth({ db }: { db: DbOrTx }): Promise<Health> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_500).unref());
  // Fails (→ not ready) until the migrations have made the tables.
  const query = db.$queryRaw<{ hasOrganisation: boolean; hasSetupToken: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Organisation") AS "hasOrganisation",
           EXISTS (SELECT 1 FROM "SetupToken") AS "hasSetupToken"`.then(
    (rows) => rows[0] ?? null,
    () => null,
  );
  const [state, realtime] = await Promise.all([Promise.race([query, timeout]), realtimeAnswers()]);
  const ready = state !== null && (state.hasOrganisation || state.hasSetupToken);
  return { ok: ready, db: ready, realtime, setupNeeded: state !== null && !state.hasOrganisation };
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
