import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import type { TReceipt } from '@/lib/schemas/receipts';
import { PrintButton } from './print-button';
import { VatTable } from './vat-table';

const METHOD: Record<TReceipt['payments'][number]['method'], string> = {
  CASH: 'Cash',
  CARD: 'Card',
  WALLET: 'Apple Pay / Google Pay',
  OPEN_BANKING: 'Pay by bank',
};

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(
    new Date(iso),
  );

function Row({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 tabular-nums ${strong ? 'text-xl font-bold' : ''}`}>
      <dt>{label}</dt>
      <dd>{amount}</dd>
    </div>
  );
}

/** Printing this page gives an 80 mm receipt without the Print button (rules scoped to this page). */
const PRINT_CSS = `
@media print {
  @page { size: 80mm auto; margin: 0; }
  .receipt { max-width: 80mm; min-height: 0; padding: 4mm; font-size: 11pt; color: #000; background: #fff; }
  .no-print { display: none !important; }
}`;

/** A customer's receipt: phone-first on screen, 80 mm wide on a receipt printer. */
export function ReceiptView({ receipt }: { receipt: TReceipt }) {
  const { venue } = receipt;
  return (
    <main className="receipt mx-auto flex min-h-dvh max-w-md flex-col gap-5 bg-surface p-5 text-ink">
      <style>{PRINT_CSS}</style>
      <header className="text-center">
        <h1 className="text-2xl font-bold">{venue.name}</h1>
        {venue.address.length ? <p className="text-ink-muted">{venue.address.join(', ')}</p> : null}
        {venue.phone ? <p className="text-ink-muted">{venue.phone}</p> : null}
        {venue.vatNumber ? <p className="text-ink-muted">VAT no. {venue.vatNumber}</p> : null}
      </header>
      <section aria-label="Order" className="flex justify-between border-y border-line py-2 text-base">
        <span className="font-semibold">
          Order #{receipt.orderNumber} · {receipt.tableName ? `Table ${receipt.tableName}` : 'Takeaway'}
        </span>
        <span className="text-ink-muted">{when(receipt.paidAt ?? receipt.createdAt)}</span>
      </section>
      <section aria-label="Items">
        <ul className="flex flex-col gap-2">
          {receipt.lines.map((line, index) => (
            <li key={index} className="flex justify-between gap-4 tabular-nums">
              <span>
                {line.quantity} × {line.name}
                {line.modifiers.length ? (
                  <span className="block pl-5 text-sm text-ink-muted">{line.modifiers.join(', ')}</span>
                ) : null}
                {line.discountPence ? (
                  <span className="block pl-5 text-sm text-ink-muted">discount −{formatPence(line.discountPence)}</span>
                ) : null}
              </span>
              <span>{formatPence(line.totalPence)}</span>
            </li>
          ))}
        </ul>
      </section>
      <dl className="flex flex-col gap-1 border-t border-line pt-3">
        {receipt.discountPence ? <Row label="Discounts" amount={`−${formatPence(receipt.discountPence)}`} /> : null}
        {receipt.serviceChargePence ? (
          <Row
            label={`Service charge (${formatBps(receipt.serviceChargeBps)}, optional)`}
            amount={formatPence(receipt.serviceChargePence)}
          />
        ) : null}
        <Row label="Total" amount={formatPence(receipt.totalPence)} strong />
        {receipt.tipPence ? <Row label="Tip — thank you" amount={formatPence(receipt.tipPence)} /> : null}
      </dl>
      <VatTable bands={receipt.vatBands} className="text-sm" />
      <section aria-label="Payments" className="border-t border-line pt-3">
        <dl className="flex flex-col gap-1">
          {receipt.payments.map((payment, index) => (
            <div key={index} className="flex flex-col">
              <Row label={METHOD[payment.method]} amount={formatPence(payment.amountPence + payment.tipPence)} />
              {payment.method === 'CASH' && payment.tenderedPence ? (
                <p className="flex justify-between pl-4 text-sm text-ink-muted tabular-nums">
                  <span>tendered {formatPence(payment.tenderedPence)}</span>
                  <span>change {formatPence(payment.changePence ?? 0)}</span>
                </p>
              ) : null}
            </div>
          ))}
          {receipt.duePence ? <Row label="Still to pay" amount={formatPence(receipt.duePence)} strong /> : null}
        </dl>
      </section>
      {receipt.refunds.length ? (
        <section aria-label="Refunds" className="border-t border-line pt-3">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Refunds</h2>
          <ul className="flex flex-col gap-1 tabular-nums">
            {receipt.refunds.map((refund, index) => (
              <li key={index} className="flex justify-between gap-4">
                <span>
                  {when(refund.createdAt)} · {METHOD[refund.method]}
                </span>
                <span>−{formatPence(refund.amountPence)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-center text-ink-muted">{venue.footer || `Thank you for visiting ${venue.name}.`}</p>
      <PrintButton />
    </main>
  );
}
