import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { formatPence } from '@/lib/domain/money';
import { AppError } from '@/lib/errors';
import type { Actor } from '../auth/actor';
import { getLogger } from '../logger';
import { isMailConfigured, sendMail } from '../mail/send-mail';
import { assertPermission } from '../permissions';
import { getReceiptLink } from './receipt';

/**
 * Emails the customer their receipt through SMTP_URL: a plain summary and the link to the full
 * receipt. The address is used for this message only and is not stored.
 */
export async function emailReceipt(options: {
  db: DbOrTx;
  actor: Actor;
  orderId: string;
  email: string;
  baseUrl: string;
}): Promise<{ sent: true }> {
  const { db, actor, orderId, email, baseUrl } = options;
  assertPermission(actor, 'orders:read');
  if (!isMailConfigured()) {
    throw new AppError('CONFLICT', {
      message: 'Email is not set up for this venue (SMTP_URL); show the customer the QR code instead',
      details: { reason: 'EMAIL_NOT_CONFIGURED' },
    });
  }
  const { url, receipt } = await getReceiptLink(db, actor, orderId, baseUrl);
  const lines = [
    `${receipt.venue.name} — order #${receipt.orderNumber}`,
    ...(receipt.venue.address.length ? [receipt.venue.address.join(', ')] : []),
    '',
    ...receipt.lines.map((line) => `${line.quantity} × ${line.name}  ${formatPence(line.totalPence)}`),
    '',
    `Total ${formatPence(receipt.totalPence)} (VAT ${formatPence(receipt.vatPence)})`,
    ...(receipt.tipPence ? [`Tip ${formatPence(receipt.tipPence)}`] : []),
    ...(receipt.refundedPence ? [`Refunded ${formatPence(receipt.refundedPence)}`] : []),
    '',
    `Your full receipt: ${url}`,
    ...(receipt.venue.vatNumber ? [`VAT no. ${receipt.venue.vatNumber}`] : []),
  ];
  try {
    await sendMail({
      to: email,
      subject: `Your receipt from ${receipt.venue.name} (order #${receipt.orderNumber})`,
      text: lines.join('\n'),
    });
  } catch (error) {
    getLogger().error({ err: error, orderId }, 'emailing a receipt failed');
    throw new AppError('UNAVAILABLE', {
      message: 'The receipt could not be emailed just now; try again or show the QR code',
    });
  }
  return { sent: true };
}
