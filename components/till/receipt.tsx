import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import { VatTable } from '../receipt/vat-table';
import type { TOrder } from '@/lib/schemas/orders';
import { placeLabel } from './order-labels';
import { PAYMENT_METHOD_NAMES } from './payment-list';

type RowProps = { label: string; value: string; strong?: boolean; indent?: boolean };

function Row({ label, value, strong = false, indent = false }: RowProps) {
  return (
    <div className={`flex justify-between gap-2 ${strong ? 'text-base font-bold' : ''} ${indent ? 'pl-4' : ''}`}>
      <span>{label}</span>
      <span className="tabular whitespace-nowrap">{value}</span>
    </div>
  );
}

const rule = <hr className="my-2 border-0 border-t border-dashed border-current" />;

/**
 * A customer receipt, sized for an 80 mm roll: venue, lines, totals, VAT by rate, payments with
 * tendered and change, tips and refunds. The same markup is shown on screen and printed.
 */
export function Receipt({ order, venueName }: { order: TOrder; venueName: string }) {
  const { totals } = order;
  const when = new Date(order.paidAt ?? order.createdAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const paid = order.payments.filter((payment) => payment.status === 'SUCCEEDED');
  return (
    <article aria-label={`Receipt for order #${order.number}`} className="w-[80mm] bg-white p-4 text-sm text-black">
      <header className="text-center">
        <h2 className="text-lg font-bold">{venueName}</h2>
        <p>
          Order #{order.number} · {placeLabel(order)}
        </p>
        <p className="tabular">
          {when} · {order.createdBy.name}
        </p>
      </header>
      {rule}
      <ul>
        {order.lines
          .filter((line) => !line.voidedAt)
          .map((line) => (
            <li key={line.id}>
              <Row label={`${line.quantity} × ${line.name}`} value={formatPence(line.grossPence)} />
              {line.modifiers.map((modifier) => (
                <p key={modifier.id} className="pl-4">
                  + {modifier.name}
                </p>
              ))}
              {line.discountPence > 0 ? (
                <p className="tabular pl-4">discount −{formatPence(line.discountPence)}</p>
              ) : null}
            </li>
          ))}
      </ul>
      {rule}
      <Row label="Subtotal" value={formatPence(totals.subtotalPence)} />
      {totals.discountPence > 0 ? <Row label="Discounts" value={`−${formatPence(totals.discountPence)}`} /> : null}
      {totals.serviceChargePence > 0 ? (
        <Row
          label={`Service charge ${formatBps(totals.serviceChargeBps)}`}
          value={formatPence(totals.serviceChargePence)}
        />
      ) : null}
      <Row label="Total" value={formatPence(totals.totalPence)} strong />
      <VatTable bands={totals.vatBands} className="mt-2" />
      {rule}
      {paid.map((payment) => (
        <div key={payment.id} className="mb-1">
          <Row
            label={`Paid ${PAYMENT_METHOD_NAMES[payment.method].toLowerCase()}`}
            value={formatPence(payment.amountPence)}
          />
          {payment.tipPence > 0 ? <Row label="Tip" indent value={formatPence(payment.tipPence)} /> : null}
          {payment.tenderedPence !== null ? (
            <Row label="Given" indent value={formatPence(payment.tenderedPence)} />
          ) : null}
          {payment.changePence ? <Row label="Change" indent value={formatPence(payment.changePence)} /> : null}
          {payment.refundedPence > 0 ? (
            <Row label="Refunded" indent value={`−${formatPence(payment.refundedPence)}`} />
          ) : null}
        </div>
      ))}
      {totals.tipPence > 0 && paid.length > 1 ? <Row label="Tips" value={formatPence(totals.tipPence)} /> : null}
      {totals.refundedPence > 0 ? <Row label="Refunds" value={`−${formatPence(totals.refundedPence)}`} strong /> : null}
      {totals.duePence > 0 ? <Row label="Left to pay" value={formatPence(totals.duePence)} strong /> : null}
      {rule}
      <p className="text-center">Thank you</p>
    </article>
  );
}
