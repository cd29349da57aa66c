// A real SMTP server on a free loopback port, for tests of mail the app sends (receipts, invites,
// password resets): it keeps each message, and points SMTP_URL at itself until closed.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { resetEnvForTests } from '@/lib/env';
import { setTestEnv } from '../test-env';

export type ReceivedMail = { to: string[]; text: string };

export async function startTestSmtp() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  setTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  resetEnvForTests();
  return {
    received,
    async close() {
      setTestEnv({ SMTP_URL: '' });
      resetEnvForTests();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The first link in a message to `path` (quoted-printable soft breaks undone). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const text = mail.text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = new RegExp(`https?://[^\\s]*${path}[^\\s]*`).exec(text);
  if (!match) throw new Error(`No ${path} link in the mail:\n${text}`);
  return match[0];
}
