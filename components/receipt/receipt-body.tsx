import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import type { TReceipt } from '@/lib/schemas/receipts';
import { placeLabel } from '../till/order-labels';
import { VatTable } from './vat-table';

const METHOD: Record<TReceipt['payments'][number]['method'], string> = {
  CASH: 'Cash',
  CARD: 'Card',
  WALLET: 'Apple Pay / Google Pay',
  OPEN_BANKING: 'Pay by bank',
};

/** The café's clock, whatever the device's: a receipt reads the same on every phone and printer. */
const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
const when = (iso: string) => WHEN.format(new Date(iso));

function Row({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? 'text-[1.25em] font-bold' : ''}`}>
      <dt>{label}</dt>
      <dd className="tabular whitespace-nowrap">{amount}</dd>
    </div>
  );
}

export type ReceiptBodyProps = {
  receipt: TReceipt;
  /** 1 on the receipt page, 2 inside the till's receipt dialog. */
  headingLevel?: 1 | 2;
};

/**
 * What every receipt says, from the one receipt model: the venue (name, address, phone, VAT
 * number), the order, the items, totals, VAT by rate, the tip once, the bill's payments by method
 * and amount, refunds and the venue's footer. The phone page and the till's 80 mm paper receipt
 * both render this, each in its own frame.
 */
export function ReceiptBody({ receipt, headingLevel = 1 }: ReceiptBodyProps) {
  const { venue } = receipt;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const SubHeading = headingLevel === 1 ? 'h2' : 'h3';
  const hasAdjustments = receipt.discountPence > 0 || receipt.serviceChargePence > 0;
  return (
    <>
      <header className="flex flex-col items-center text-center">
        <Heading className="text-[1.5em] font-bold leading-tight">{venue.name}</Heading>
        {venue.address.length ? <p data-testid="receipt-address">{venue.address.join(', ')}</p> : null}
        {venue.phone ? <p>{venue.phone}</p> : null}
        {venue.vatNumber ? <p data-testid="receipt-vat-number">VAT no. {venue.vatNumber}</p> : null}
      </header>
      <section aria-label="Order" className="flex flex-wrap justify-between gap-x-4 border-y border-dashed py-2">
        <span className="font-semibold">
          {/* An order paid on a till that has not synced yet has no number until the server gives it one. */}
          Order {receipt.orderNumber > 0 ? `#${receipt.orderNumber}` : '#– (numbered when it syncs)'} ·{' '}
          {placeLabel(receipt)}
        </span>
        <span className="tabular">{when(receipt.paidAt ?? receipt.createdAt)}</span>
      </section>
      <section aria-label="Items">
        <ul className="flex flex-col gap-2">
          {receipt.lines.map((line, index) => (
            <li key={index} className="flex justify-between gap-4">
              <span>
                <span className="tabular">{line.quantity}</span> × {line.name}
                {line.modifiers.length ? (
                  <span className="block pl-5 text-[0.875em] opacity-80">{line.modifiers.join(', ')}</span>
                ) : null}
                {line.discountPence ? (
                  <span className="tabular block pl-5 text-[0.875em] opacity-80">
                    discount −{formatPence(line.discountPence)}
                  </span>
                ) : null}
              </span>
              <span className="tabular whitespace-nowrap">{formatPence(line.totalPence)}</span>
            </li>
          ))}
        </ul>
      </section>
      <dl aria-label="Totals" className="flex flex-col gap-1 border-t border-dashed pt-3">
        {hasAdjustments ? <Row label="Subtotal" amount={formatPence(receipt.subtotalPence)} /> : null}
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
      <VatTable bands={receipt.vatBands} className="text-[0.875em]" />
      <section aria-label="Payments" className="border-t border-dashed pt-3">
        <dl className="flex flex-col gap-1">
          {receipt.payments.map((payment, index) => (
            <Row key={index} label={`Paid · ${METHOD[payment.method]}`} amount={formatPence(payment.amountPence)} />
          ))}
          {receipt.duePence ? <Row label="Still to pay" amount={formatPence(receipt.duePence)} strong /> : null}
        </dl>
      </section>
      {receipt.refunds.length ? (
        <section aria-label="Refunds" className="border-t border-dashed pt-3">
          <SubHeading className="text-[0.875em] font-semibold uppercase tracking-wide">Refunds</SubHeading>
          <ul className="flex flex-col gap-1">
            {receipt.refunds.map((refund, index) => (
              <li key={index} className="flex justify-between gap-4">
                <span>
                  {when(refund.createdAt)} · {METHOD[refund.method]}
                </span>
                <span className="tabular whitespace-nowrap">−{formatPence(refund.amountPence)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p data-testid="receipt-footer" className="whitespace-pre-line border-t border-dashed pt-3 text-center">
        {venue.footer || `Thank you for visiting ${venue.name}.`}
      </p>
    </>
  );
}
