'use client';

import { Printer } from 'lucide-react';
import { createPortal } from 'react-dom';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Sheet } from '../ui/sheet';
import { Receipt } from './receipt';
import { ReceiptShare } from './receipt-share';

/**
 * Printing shows only the receipt, on an 80 mm roll. The rules live with the receipt (not in the
 * global stylesheet), so they apply only while it is open and the office's A4 reports keep theirs.
 */
const PRINT_CSS = `
.receipt-print { display: none; }
@media print {
  @page { size: 80mm auto; margin: 0; }
  html, body { background: #fff !important; height: auto !important; }
  body > *:not(.receipt-print) { display: none !important; }
  .receipt-print { display: block !important; }
}`;

export type ReceiptDialogProps = { order: TOrder; venueName: string; onClose: () => void };

/**
 * The receipt on screen with Print (the browser's print dialog, to the receipt printer) and Close,
 * in the shared Sheet; on a narrow screen the customer's QR goes under the receipt.
 */
export function ReceiptDialog({ order, venueName, onClose }: ReceiptDialogProps) {
  return (
    <>
      <Sheet
        placement="center"
        title={`Receipt · #${order.number}`}
        label={`Receipt for order #${order.number}`}
        onClose={onClose}
        bodyClassName="flex flex-col items-center gap-6 bg-surface p-6 sm:flex-row sm:items-start sm:justify-center"
        footer={
          <div className="grid grid-cols-2 gap-3">
            <Button variant="secondary" size="xl" onClick={onClose}>
              Close
            </Button>
            <Button size="xl" onClick={() => window.print()}>
              <Printer aria-hidden className="size-6" /> Print
            </Button>
          </div>
        }
      >
        <div className="h-fit shrink-0 shadow-md">
          <Receipt order={order} venueName={venueName} />
        </div>
        <div className="w-56 shrink-0">
          <ReceiptShare order={order} />
        </div>
      </Sheet>
      {createPortal(
        <div className="receipt-print">
          <style>{PRINT_CSS}</style>
          <Receipt order={order} venueName={venueName} />
        </div>,
        document.body,
      )}
    </>
  );
}
