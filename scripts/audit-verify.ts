// npm run audit:verify: recomputes the audit log's hash chain and exits 1 if any row was altered.
import { createDb } from '@/lib/db';
import { getEnv, loadDotEnv } from '@/lib/env';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';

loadDotEnv();
const url = getEnv().DATABASE_URL;
if (!url) {
  console.error(
    'Set DATABASE_URL to the database to check (for the embedded demo, use the URL `npm start` printed in its log).',
  );
  process.exit(2);
}
const db = createDb(url, 1);
const report = await verifyAuditChain({ db });
await db.$disconnect();
if (report.ok) {
  console.log(`Audit log intact: ${report.checked} entries verified.`);
} else {
  console.error(
    `Audit log BROKEN at seq ${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} entries before it verified.`,
  );
  process.exitCode = 1;
}
