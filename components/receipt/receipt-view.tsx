import type { TReceipt } from '@/lib/schemas/receipts';
import { PrintButton } from './print-button';
import { ReceiptBody } from './receipt-body';

/** Printing this page gives an 80 mm receipt without the Print button (rules scoped to this page). */
const PRINT_CSS = `
@media print {
  @page { size: 80mm auto; margin: 0; }
  .receipt { max-width: 80mm; min-height: 0; padding: 4mm; font-size: 11pt; color: #000; background: #fff; }
  .no-print { display: none !important; }
}`;

/** A customer's receipt: phone-first on screen, 80 mm wide on a receipt printer. */
export function ReceiptView({ receipt }: { receipt: TReceipt }) {
  return (
    <main className="receipt mx-auto flex min-h-dvh max-w-md flex-col gap-5 bg-surface p-5 text-base text-ink">
      <style>{PRINT_CSS}</style>
      <ReceiptBody receipt={receipt} />
      <PrintButton />
    </main>
  );
}
