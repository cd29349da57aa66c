import type { TReceipt } from '@/lib/schemas/receipts';
import { ReceiptBody } from '../receipt/receipt-body';

/**
 * The till's paper receipt, sized for an 80 mm roll: the same receipt model and body as the
 * customer's phone receipt (venue, address, VAT number, lines, VAT by rate, totals, the tip once,
 * payments, footer), in black on white. The same markup is shown on screen and printed.
 */
export function Receipt({ receipt }: { receipt: TReceipt }) {
  return (
    <article
      aria-label={
        receipt.orderNumber > 0 ? `Receipt for order #${receipt.orderNumber}` : 'Receipt for an order not yet synced'
      }
      className="flex w-[80mm] flex-col gap-3 bg-white p-4 text-sm text-black"
    >
      <ReceiptBody receipt={receipt} headingLevel={2} />
    </article>
  );
}
