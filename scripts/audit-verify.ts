// npm run audit:verify: recomputes the audit log's hash chain and exits 1 if any row was altered.
// Uses DATABASE_URL, or the embedded database under FYNLO_DATA_DIR — stop `npm start` first
// (or pass the URL `npm start` printed), since the embedded database has one owner at a time.
import path from 'node:path';
import { createDb } from '@/lib/db';
import { getEnv, loadDotEnv } from '@/lib/env';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './db/embedded.ts';

loadDotEnv();
const env = getEnv();
let embedded: EmbeddedDatabase | undefined;
if (!env.DATABASE_URL) embedded = await startEmbeddedDatabase({ dataDir: path.resolve(env.FYNLO_DATA_DIR, 'pglite') });
const url = env.DATABASE_URL ?? embedded!.url;
const db = createDb(url, 1);
try {
  const report = await verifyAuditChain({ db });
  if (report.ok) {
    console.log(`Audit log intact: ${report.checked} entries verified.`);
  } else {
    console.error(
      `Audit log BROKEN at seq ${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} entries before it verified.`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
