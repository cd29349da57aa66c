import 'server-only';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The built-in test bank ("sandbox"): for demos and tests, clearly labelled as a test bank. It signs
 * its webhooks like a real provider (HMAC-SHA256 over `timestamp.body` with a key derived from
 * AUTH_SECRET), and they go through the same verification path as a real provider's.
 */
export const SANDBOX_PROVIDER = 'sandbox';
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-bank-signature';
/** A signature older than this is refused (a replayed delivery). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const key = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'fynlo', 'sandbox bank webhook v1', 32));

export function signSandboxWebhook(body: string, secret: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  const mac = createHmac('sha256', key(secret)).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** Whether the raw body carries a valid, fresh signature from the sandbox bank. */
export function verifySandboxWebhook(body: string, header: string | null, secret: string, now = Date.now()): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1)) return false;
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', key(secret)).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}
