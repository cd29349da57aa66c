import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { Notice } from '@/components/ui/notice';
import { findAuditLog } from '@/lib/server/audit/find-audit-log';
import { pageContext } from '@/lib/server/http/page-context';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/audit', 'audit:read');
  if (!allowed)
    return (
      <OfficeShell {...shell} title="Audit log">
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const { db } = await pageContext('/office/audit');
  const { entries, chain } = await findAuditLog({ db, actor, limit: 100, verify: true });
  return (
    <OfficeShell {...shell} title="Audit log">
      <Notice tone={chain?.ok ? 'success' : 'error'}>
        {chain?.ok
          ? `Hash chain intact: ${chain?.checked} entries verified.`
          : 'The hash chain does not verify: an entry was altered. Run npm run audit:verify.'}
      </Notice>
      <table className="w-full rounded-tile bg-surface-raised text-left">
        <thead className="border-b border-line text-sm text-ink-muted">
          <tr>
            <th className="p-3 font-semibold">When</th>
            <th className="p-3 font-semibold">Who</th>
            <th className="p-3 font-semibold">What</th>
            <th className="p-3 font-semibold">Record</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} className="border-b border-line last:border-0">
              <td className="tabular p-3 text-ink">
                {new Date(entry.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' })}
              </td>
              <td className="p-3 text-ink">{entry.actor?.name ?? '—'}</td>
              <td className="p-3 font-mono text-sm text-ink">{entry.action}</td>
              <td className="p-3 text-sm text-ink-muted">
                {entry.entityType} {entry.entityId.slice(0, 8)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </OfficeShell>
  );
}
