import type { Metadata } from 'next';
import { DayReport, tradingDayName } from '@/components/office/day-report';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { PrintButton } from '@/components/office/print-button';
import { ReportDateForm } from '@/components/office/report-date-form';
import { Notice } from '@/components/ui/notice';
import { ZDayReportQuery } from '@/lib/schemas/payments';
import { pageContext } from '@/lib/server/http/page-context';
import { dayReport } from '@/lib/server/reports/day-report';
import { requireOfficeSession } from '../../require-office-session';

export const metadata: Metadata = { title: 'Z report' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A trading day's X or Z report (today by default), printable on A4. */
export default async function ZReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, allowed, shell } = await requireOfficeSession('/office/reports/z', 'reports:read');
  if (!allowed)
    return (
      <OfficeShell {...shell} title="Reports">
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const raw = (await searchParams).date;
  const query = ZDayReportQuery.safeParse({ date: typeof raw === 'string' && raw !== '' ? raw : undefined });
  const { db, now } = await pageContext('/office/reports/z');
  const report = await dayReport({ db, actor, date: query.success ? query.data.date : undefined, now });
  const title = report.kind === 'Z' ? `Z report · ${tradingDayName(report.businessDate)}` : 'X report · today so far';
  return (
    <OfficeShell {...shell} title={title} action={<PrintButton />}>
      {query.success ? null : <Notice tone="error">That is not a date; showing today instead.</Notice>}
      <ReportDateForm date={report.businessDate} isToday={report.kind === 'X'} />
      {report.unsyncedTills.length ? (
        <Notice tone={report.kind === 'Z' ? 'error' : 'warning'}>
          <p className="font-semibold">
            {report.kind === 'Z' ? 'Not final: the day cannot close yet.' : 'Some sales are still on a till.'}
          </p>
          <ul>
            {report.unsyncedTills.map((till) => (
              <li key={till.deviceId}>
                {till.name} holds {till.waiting === 1 ? '1 change' : `${till.waiting} changes`} not yet synced (oldest{' '}
                {new Date(till.oldestAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}).
              </li>
            ))}
          </ul>
          <p>Bring it online so it syncs, then look again. A till lost for good is revoked under Devices.</p>
        </Notice>
      ) : null}
      <DayReport report={report} />
    </OfficeShell>
  );
}
