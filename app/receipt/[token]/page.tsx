import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReceiptView } from '@/components/receipt/receipt-view';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZReceiptParams } from '@/lib/schemas/receipts';
import { getReceipt } from '@/lib/server/receipts/receipt';

export const metadata: Metadata = { title: 'Your receipt', robots: { index: false, follow: false } };

export default async function ReceiptPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = ZReceiptParams.safeParse(await params);
  if (!parsed.success) notFound();
  const receipt = await getReceipt(getDb(), parsed.data.token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return <ReceiptView receipt={receipt} />;
}
