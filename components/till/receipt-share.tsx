'use client';

import { Mail } from 'lucide-react';
import { useState } from 'react';
import { useEmailReceipt, useReceiptLink } from '@/lib/client/use-receipt-link';
import type { TOrder } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { Skeleton } from '../ui/skeleton';

/** The customer's own copy: a QR code of the receipt link to scan, and email when it is set up. */
export function ReceiptShare({ order }: { order: TOrder }) {
  const link = useReceiptLink(order);
  const email = useEmailReceipt(order.id);
  const [address, setAddress] = useState('');
  if (order.receiptToken === null) return null;
  return (
    <section aria-label="Customer's copy" className="flex flex-col items-center gap-3">
      <h3 className="text-lg font-semibold text-ink">Customer’s copy</h3>
      {link.data ? (
        <>
          <div
            role="img"
            aria-label="QR code of the receipt link"
            className="size-48 rounded-tile bg-white p-2 [&>svg]:size-full"
            // Our own server's SVG (the qrcode library's output), never user input.
            dangerouslySetInnerHTML={{ __html: link.data.qrSvg }}
          />
          <p className="text-center text-base text-ink-muted">Scan with your phone for the receipt</p>
          {link.data.emailAvailable ? (
            <form
              className="flex w-full flex-col gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                email.mutate(address.trim());
              }}
            >
              <label className="flex flex-col gap-1 text-base font-medium text-ink">
                Or email it
                <input
                  type="email"
                  required
                  autoComplete="off"
                  inputMode="email"
                  value={address}
                  onChange={(event) => setAddress(event.target.value)}
                  placeholder="name@example.com"
                  className="min-h-12 rounded-tile border border-line bg-surface px-3 text-lg"
                />
              </label>
              <Button type="submit" variant="secondary" disabled={email.isPending || address.trim() === ''}>
                <Mail aria-hidden className="size-5" /> {email.isPending ? 'Sending…' : 'Email receipt'}
              </Button>
              {email.isSuccess ? <Notice tone="success">Sent to {address.trim()}.</Notice> : null}
              {email.isError ? <Notice tone="error">{email.error.message}</Notice> : null}
            </form>
          ) : null}
        </>
      ) : link.isError ? (
        <Notice tone="error">The receipt link could not be loaded: {link.error.message}</Notice>
      ) : (
        <Skeleton className="size-48" />
      )}
    </section>
  );
}
