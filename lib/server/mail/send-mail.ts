import 'server-only';
import nodemailer from 'nodemailer';
import { getEnv } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string };

/** Whether SMTP_URL is set, so mail can be sent at all. */
export function isMailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/**
 * Sends one plain-text message through SMTP_URL from SMTP_FROM. Throws when mail is not set up or
 * the server refuses; callers decide what the person is told.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
  const transport = nodemailer.createTransport(env.SMTP_URL);
  try {
    await transport.sendMail({ from: env.SMTP_FROM, ...message });
  } finally {
    transport.close();
  }
}
