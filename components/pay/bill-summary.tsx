import { formatPence } from '@/lib/domain/money';
import type { TPublicCheckout } from '@/lib/schemas/checkout';

function Row({ label, amount, muted = false }: { label: string; amount: string; muted?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${muted ? 'text-ink-muted' : ''}`}>
      <dt>{label}</dt>
      <dd className="tabular">{amount}</dd>
    </div>
  );
}

/** The bill as the customer sees it: the venue, what they had, VAT included, and what is asked of them. */
export function BillSummary({ checkout }: { checkout: TPublicCheckout }) {
  const { bill, venue } = checkout;
  const isShare = checkout.amountPence !== bill.duePence || bill.paidPence > 0;
  return (
    <section aria-label="Your bill" className="flex flex-col gap-3">
      <header>
        <h1 className="text-2xl font-bold">{venue.name}</h1>
        <p className="text-base text-ink-muted">Order #{bill.orderNumber}</p>
      </header>
      <ul className="flex flex-col gap-1.5 text-lg">
        {bill.lines.map((line, index) => (
          <li key={index} className="flex justify-between gap-4">
            <span>
              {line.quantity} × {line.name}
            </span>
            <span className="tabular">{formatPence(line.totalPence)}</span>
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-1 border-t border-line pt-2 text-base">
        {bill.serviceChargePence ? <Row label="Service charge" amount={formatPence(bill.serviceChargePence)} /> : null}
        <Row label="Bill total" amount={formatPence(bill.totalPence)} />
        <Row label="VAT included" amount={formatPence(bill.vatPence)} muted />
        {bill.paidPence ? <Row label="Already paid" amount={`−${formatPence(bill.paidPence)}`} muted /> : null}
        {isShare ? <Row label="Your share" amount={formatPence(checkout.amountPence)} /> : null}
      </dl>
    </section>
  );
}
