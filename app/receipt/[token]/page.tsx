import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReceiptView } from '@/components/receipt/receipt-view';
import { AppError } from '@/lib/errors';
import { ZReceiptParams } from '@/lib/schemas/receipts';
import { pageContext } from '@/lib/server/http/page-context';
import { getReceipt } from '@/lib/server/receipts/receipt';

export const metadata: Metadata = { title: 'Your receipt', robots: { index: false, follow: false } };

/** The customer's receipt by its token. Lookups per address are limited first, in proxy.ts (429). */
export default async function ReceiptPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = ZReceiptParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { db } = await pageContext(`/receipt/${parsed.data.token}`);
  const receipt = await getReceipt(db, parsed.data.token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return <ReceiptView receipt={receipt} />;
}
