import type { ReactNode } from 'react';
import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import type { TDayReport } from '@/lib/schemas/payments';

const METHODS: Record<TDayReport['takingsByMethod'][number]['method'], string> = {
  CASH: 'Cash',
  CARD: 'Card',
  WALLET: 'Wallet',
  OPEN_BANKING: 'Pay by bank',
};

/** A4 on paper: the report alone, in black on white. */
const PRINT_CSS = '@media print { @page { size: A4; margin: 14mm; } html, body { background: #fff !important; } }';

/** "2026-11-26" → "Thu 26 Nov 2026". */
export function tradingDayName(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const minus = (pence: number) => (pence > 0 ? `−${formatPence(pence)}` : formatPence(0));

/** "£2.00 short", "£1.50 over", "Balanced". */
function variance(pence: number | null): string {
  if (pence === null) return 'Not counted yet';
  if (pence === 0) return 'Balanced';
  return pence < 0 ? `${formatPence(-pence)} short` : `${formatPence(pence)} over`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2 break-inside-avoid rounded-sheet border border-line bg-surface-raised p-5 print:rounded-none print:border-0 print:border-t print:p-0 print:pt-2">
      <h2 className="text-xl font-bold text-ink">{title}</h2>
      {children}
    </section>
  );
}

/** A two-column table of figures: what, and how much (right-aligned tabular). */
function Figures({ label, rows }: { label: string; rows: [string, string, { strong?: boolean; note?: string }?][] }) {
  return (
    <table className="w-full text-base">
      <caption className="sr-only">{label}</caption>
      <tbody>
        {rows.map(([what, amount, options]) => (
          <tr key={what} className={`border-b border-line last:border-0 ${options?.strong ? 'font-bold' : ''}`}>
            <th scope="row" className="py-1.5 pr-4 text-left font-normal text-ink">
              <span className={options?.strong ? 'font-bold' : ''}>{what}</span>{' '}
              {options?.note ? <span className="ml-2 text-sm text-ink-muted">{options.note}</span> : null}
            </th>
            <td className="tabular py-1.5 text-right text-ink">{amount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const headClass = 'py-1.5 text-right text-sm font-semibold text-ink-muted first:text-left';
const cellClass = 'tabular py-1.5 text-right text-ink first:text-left';

/**
 * A trading day's figures (X while the day is trading, Z once it has ended): sales, VAT by rate,
 * takings by method, refunds and voids, and the cash drawers, all as "£" with two decimals.
 */
export function DayReport({ report }: { report: TDayReport }) {
  const vatTotal = report.vatByRate.reduce(
    (sum, band) => ({
      netPence: sum.netPence + band.netPence,
      vatPence: sum.vatPence + band.vatPence,
      grossPence: sum.grossPence + band.grossPence,
    }),
    { netPence: 0, vatPence: 0, grossPence: 0 },
  );
  const generated = new Date(report.generatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-5 print:gap-3 print:text-black">
      <style>{PRINT_CSS}</style>
      <p className="text-base text-ink-muted">
        {report.location.name}
        {report.location.vatNumber ? ` · VAT ${report.location.vatNumber}` : ''} · trading day{' '}
        <span className="tabular">{tradingDayName(report.businessDate)}</span> ·{' '}
        {report.kind === 'X' ? 'X report, day still trading' : 'Z report, end of day'} · generated {generated}
      </p>
      <div className="grid grid-cols-2 gap-5 print:grid-cols-2 print:gap-4">
        <Section title="Sales">
          <Figures
            label="Sales"
            rows={[
              ['Gross sales', formatPence(report.grossSalesPence), { note: 'after discounts, VAT included' }],
              ['VAT', formatPence(report.vatPence)],
              ['Net sales', formatPence(report.netSalesPence), { strong: true, note: 'VAT excluded' }],
              ['Discounts given', formatPence(report.discountsPence)],
              ['Service charge', formatPence(report.serviceChargePence)],
              ['Tips', formatPence(report.tipsPence)],
              ['Orders paid', String(report.orders)],
              ['Average spend', formatPence(report.averageSpendPence)],
              ['Orders still open', String(report.openOrders)],
            ]}
          />
        </Section>
        <Section title="Takings">
          <Figures
            label="Takings"
            rows={[
              ...(report.takingsByMethod.length === 0
                ? [['Payments', formatPence(0), { note: 'none taken' }] as [string, string, { note: string }]]
                : []),
              ...report.takingsByMethod.map((row): [string, string, { note: string }] => [
                METHODS[row.method],
                formatPence(row.amountPence + row.tipPence),
                {
                  note: `${row.count} payment${row.count === 1 ? '' : 's'}${row.tipPence ? `, ${formatPence(row.tipPence)} tips` : ''}`,
                },
              ]),
              [
                'Refunds',
                minus(report.refunds.valuePence),
                { note: `${report.refunds.count} refund${report.refunds.count === 1 ? '' : 's'}` },
              ],
              ['Net takings', formatPence(report.netTakingsPence), { strong: true }],
              [
                'Voids',
                formatPence(report.voids.valuePence),
                { note: `${report.voids.count} item${report.voids.count === 1 ? '' : 's'}, not charged` },
              ],
            ]}
          />
        </Section>
        <Section title="VAT by rate">
          <table className="w-full text-base">
            <caption className="sr-only">VAT by rate</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={headClass}>
                  Rate
                </th>
                <th scope="col" className={headClass}>
                  Net
                </th>
                <th scope="col" className={headClass}>
                  VAT
                </th>
                <th scope="col" className={headClass}>
                  Gross
                </th>
              </tr>
            </thead>
            <tbody>
              {report.vatByRate.map((band) => (
                <tr key={band.rateBps} className="border-b border-line">
                  <th scope="row" className={`${cellClass} font-normal`}>
                    {formatBps(band.rateBps)}
                  </th>
                  <td className={cellClass}>{formatPence(band.netPence)}</td>
                  <td className={cellClass}>{formatPence(band.vatPence)}</td>
                  <td className={cellClass}>{formatPence(band.grossPence)}</td>
                </tr>
              ))}
              <tr className="font-bold">
                <th scope="row" className={`${cellClass} font-bold`}>
                  Total
                </th>
                <td className={cellClass}>{formatPence(vatTotal.netPence)}</td>
                <td className={cellClass}>{formatPence(vatTotal.vatPence)}</td>
                <td className={cellClass}>{formatPence(vatTotal.grossPence)}</td>
              </tr>
            </tbody>
          </table>
        </Section>
        <Section title="Cash">
          <Figures
            label="Cash"
            rows={[
              ['Expected in the drawers', formatPence(report.cash.expectedPence), { note: 'floats, cash in and out' }],
              [
                'Counted',
                report.cash.countedPence === null ? 'Not counted yet' : formatPence(report.cash.countedPence),
              ],
              ['Variance', variance(report.cash.variancePence), { strong: true }],
              ['Drawers still open', String(report.cash.openDrawers)],
              ...(report.cash.notInDrawerPence
                ? [
                    [
                      'Not in a drawer yet',
                      formatPence(report.cash.notInDrawerPence),
                      { note: 'taken with no drawer open; joins that till’s next drawer' },
                    ] satisfies [string, string, { note: string }],
                  ]
                : []),
            ]}
          />
        </Section>
      </div>
    </div>
  );
}
