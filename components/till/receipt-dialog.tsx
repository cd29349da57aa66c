'use client';

import { Printer, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
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

/** The receipt on screen with Print (the browser's print dialog, to the receipt printer) and Close. */
export function ReceiptDialog({ order, venueName, onClose }: ReceiptDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <>
      <dialog
        ref={ref}
        aria-label={`Receipt for order #${order.number}`}
        onCancel={(event) => {
          event.preventDefault();
          onClose();
        }}
        className="fixed inset-0 m-auto flex max-h-[92dvh] w-[820px] max-w-[96vw] flex-col rounded-sheet bg-surface p-0 text-ink shadow-sheet backdrop:bg-ink/50"
      >
        <header className="flex items-center justify-between gap-4 border-b border-line bg-surface-raised px-6 py-4">
          <h2 className="text-2xl font-bold text-ink">Receipt · #{order.number}</h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="flex size-12 items-center justify-center rounded-tile active:scale-95 active:bg-surface-sunken"
          >
            <X aria-hidden className="size-7" />
          </button>
        </header>
        <div className="flex min-h-0 flex-1 justify-center gap-6 overflow-y-auto p-6">
          <div className="h-fit shadow-md">
            <Receipt order={order} venueName={venueName} />
          </div>
          <div className="w-56 shrink-0">
            <ReceiptShare order={order} />
          </div>
        </div>
        <footer className="grid grid-cols-2 gap-3 border-t border-line bg-surface-raised px-6 py-4">
          <Button variant="secondary" size="xl" onClick={onClose}>
            Close
          </Button>
          <Button size="xl" onClick={() => window.print()}>
            <Printer aria-hidden className="size-6" /> Print
          </Button>
        </footer>
      </dialog>
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
