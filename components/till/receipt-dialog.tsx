'use client';

import { Printer } from 'lucide-react';
import { createPortal } from 'react-dom';
import { receiptOf } from '@/lib/domain/receipt';
import { useOutboxState } from '@/lib/client/offline/use-outbox-state';
import { useKnownMe } from '@/lib/client/use-me';
import { useReceiptLink } from '@/lib/client/use-receipt-link';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';
import { Receipt } from './receipt';
import { ReceiptShare } from './receipt-share';
import { orderNo } from './order-labels';

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

export type ReceiptDialogProps = { order: TOrder; onClose: () => void };

/**
 * The receipt on screen with Print (the browser's print dialog, to the receipt printer) and Close,
 * in the shared Sheet; on a narrow screen the customer's QR goes under the receipt. The receipt is
 * the server's receipt model, the same one the customer's phone shows behind the QR code.
 */
export function ReceiptDialog({ order, onClose }: ReceiptDialogProps) {
  const me = useKnownMe();
  // Paid on this till and not synced yet (issue 12): the till prints its own receipt, from the same
  // model; the link and QR code come once the server has the order.
  const isUnsynced = useOutboxState().waiting.some((entry) => entry.orderId === order.id) || order.number === 0;
  const local = isUnsynced && order.payments.length > 0;
  const link = useReceiptLink(local ? { ...order, receiptToken: null } : order);
  const receipt = local
    ? receiptOf(
        order,
        me?.location.receiptVenue ?? {
          name: me?.location.name ?? '',
          address: [],
          phone: '',
          vatNumber: '',
          footer: '',
        },
      )
    : link.data?.receipt;
  return (
    <>
      <Sheet
        placement="center"
        title={`Receipt · ${orderNo(order)}`}
        label={`Receipt for order ${orderNo(order)}`}
        onClose={onClose}
        bodyClassName="flex flex-col items-center gap-6 bg-surface p-6 sm:flex-row sm:items-start sm:justify-center"
        footer={
          <div className="grid grid-cols-2 gap-3">
            <Button variant="secondary" size="xl" onClick={onClose}>
              Close
            </Button>
            <Button size="xl" disabled={!receipt} onClick={() => window.print()}>
              <Printer aria-hidden className="size-6" /> Print
            </Button>
          </div>
        }
      >
        <div className="h-fit shrink-0 shadow-md">
          {receipt ? (
            <Receipt receipt={receipt} />
          ) : order.receiptToken === null ? (
            <Notice tone="info" className="w-[80mm]">
              The receipt appears once a payment is recorded on this order.
            </Notice>
          ) : link.isError ? (
            <Notice tone="error" className="w-[80mm]">
              The receipt could not be loaded: {link.error.message} Close and open it again.
            </Notice>
          ) : (
            <SkeletonGroup label="Loading the receipt…" className="flex w-[80mm] flex-col gap-3 bg-white p-4">
              <Skeleton shape="line" className="mx-auto h-6 w-2/3" />
              <Skeleton shape="line" className="mx-auto h-4 w-3/4" />
              {[0, 1, 2, 3].map((index) => (
                <Skeleton key={index} shape="line" className="h-4" />
              ))}
              <Skeleton shape="line" className="h-6" />
            </SkeletonGroup>
          )}
        </div>
        <div className="w-56 shrink-0">
          {local ? (
            <Notice tone="info">
              Not synced yet: the receipt link, QR code and email come once this till has sent the order.
            </Notice>
          ) : (
            <ReceiptShare order={order} />
          )}
        </div>
      </Sheet>
      {receipt
        ? createPortal(
            <div className="receipt-print">
              <style>{PRINT_CSS}</style>
              <Receipt receipt={receipt} />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
