import 'server-only';
import { createHmac, hkdfSync, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '@/lib/db';
import { fromSandbox, type SandboxStatus } from '@/lib/domain/checkout';
import { AppError } from '@/lib/errors';
import { ZOpenBankingWebhook } from '@/lib/schemas/checkout';
import { getLogger } from '../../logger';
import type { OpenBankingProvider } from './provider';

/**
 * The built-in test bank ("sandbox"): for demos and tests, clearly labelled as a test bank, no real
 * money moves. It keeps its own books (SandboxBankPayment) and signs its webhooks like a real
 * provider (HMAC-SHA256 over `timestamp.body` with a key derived from AUTH_SECRET); they go through
 * the same verification path as a real provider's.
 */
export const SANDBOX_PROVIDER = 'sandbox';
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-bank-signature';
/** The only key the sandbox bank signs with; a delivery naming another is refused. */
export const SANDBOX_KEY_ID = 'sandbox-v1';
/** A signature older than this is refused (a replayed delivery). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The banks the test bank pretends to be, for the bank picker. */
export const SANDBOX_BANKS = [
  { id: 'test-bank', name: 'Test Bank' },
  { id: 'demo-building-society', name: 'Demo Building Society' },
  { id: 'sample-savings', name: 'Sample Savings' },
] as const;

const key = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'fynlo', 'sandbox bank webhook v1', 32));

export function signSandboxWebhook(body: string, secret: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  const mac = createHmac('sha256', key(secret)).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},kid=${SANDBOX_KEY_ID},v1=${mac}`;
}

/** Whether the raw body carries a valid, fresh signature from the sandbox bank's one key. */
export function verifySandboxWebhook(body: string, header: string | null, secret: string, now = Date.now()): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (parts.kid !== SANDBOX_KEY_ID) return false;
  if (!Number.isInteger(timestamp) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1)) return false;
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', key(secret)).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}

const sandboxStatus = (status: string): SandboxStatus =>
  status === 'approved' || status === 'declined' || status === 'canceled' ? status : 'pending';

/** The sandbox bank as a provider: its books are a table in our own database. */
export function createSandboxProvider(db: Db, secret: string): OpenBankingProvider {
  return {
    name: SANDBOX_PROVIDER,
    async createPayment({ idempotencyKey, amountPence, payeeName, reference, returnUrl, bankId }) {
      const bankPayment = await db.sandboxBankPayment.upsert({
        where: { idempotencyKey },
        create: { idempotencyKey, amountPence, payeeName, reference, returnUrl, bankId: bankId ?? null },
        update: {},
      });
      const query = bankId ? `?bank=${encodeURIComponent(bankId)}` : '';
      return { providerPaymentId: bankPayment.id, redirectUrl: `/sandbox-bank/${bankPayment.id}${query}` };
    },
    async getStatus(providerPaymentId) {
      const bankPayment = await db.sandboxBankPayment.findUnique({ where: { id: providerPaymentId } });
      if (!bankPayment) throw new AppError('NOT_FOUND', { message: 'The test bank has no such payment' });
      return fromSandbox(sandboxStatus(bankPayment.status));
    },
    async cancel(providerPaymentId) {
      await db.sandboxBankPayment.updateMany({
        where: { id: providerPaymentId, status: 'pending' },
        data: { status: 'canceled', decidedAt: new Date() },
      });
    },
    async refund({ providerPaymentId, amountPence, idempotencyKey }) {
      // One refund per key, like a real provider: a retry returns the refund already made.
      return db.$transaction(async (tx) => {
        const made = await tx.sandboxBankRefund.findUnique({ where: { idempotencyKey } });
        if (made) return { providerRefundId: made.id };
        const refunded = await tx.$executeRaw`
          UPDATE "SandboxBankPayment" SET "refundedPence" = "refundedPence" + ${amountPence}
          WHERE "id" = ${providerPaymentId}::uuid AND "status" = 'approved'
            AND "refundedPence" + ${amountPence} <= "amountPence"`;
        if (refunded === 0) throw new AppError('CONFLICT', { message: 'The test bank cannot refund that payment' });
        const refund = await tx.sandboxBankRefund.create({
          data: { idempotencyKey, paymentId: providerPaymentId, amountPence },
        });
        return { providerRefundId: refund.id };
      });
    },
    async getRefundStatus({ providerRefundId }) {
      const refund = await db.sandboxBankRefund.findUnique({ where: { id: providerRefundId } });
      if (!refund) throw new AppError('NOT_FOUND', { message: 'The test bank has no such refund' });
      return refund.status === 'executed' ? 'SUCCEEDED' : 'FAILED';
    },
    async verifyWebhook(rawBody, headers) {
      if (!verifySandboxWebhook(rawBody, headers.get(SANDBOX_SIGNATURE_HEADER), secret)) {
        return { ok: false, reason: 'Bad signature' };
      }
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return { ok: false, reason: 'Body is not JSON' };
      }
      const event = ZOpenBankingWebhook.safeParse(json);
      if (!event.success) return { ok: false, reason: 'Not an open-banking payment event' };
      return {
        ok: true,
        event: {
          eventId: event.data.id,
          eventType: event.data.type,
          providerPaymentId: event.data.payment_id,
          status: event.data.type === 'payment_executed' ? 'SUCCEEDED' : 'FAILED',
          payload: event.data,
        },
      };
    },
  };
}

export type SandboxDecision = 'approve' | 'decline';

/**
 * The customer approved or declined on the test bank's page. The bank records it once (a second
 * press changes nothing) and tells the merchant the way a real bank's provider would: a signed
 * webhook over HTTP to `webhookUrl`, retried a few times. Returns where the customer goes next.
 */
export async function decideSandboxPayment(options: {
  db: Db;
  id: string;
  decision: SandboxDecision;
  bankId?: string;
  secret: string;
  webhookUrl: string;
}): Promise<{ returnUrl: string; status: SandboxStatus; delivered: boolean } | null> {
  const { db, id, decision, bankId, secret, webhookUrl } = options;
  const status = decision === 'approve' ? 'approved' : 'declined';
  const decided = await db.sandboxBankPayment.updateMany({
    where: { id, status: 'pending' },
    data: { status, decidedAt: new Date(), ...(bankId ? { bankId } : {}) },
  });
  const bankPayment = await db.sandboxBankPayment.findUnique({ where: { id } });
  if (!bankPayment) return null;
  let delivered = false;
  if (decided.count === 1) {
    const body = JSON.stringify({
      id: randomUUID(),
      type: status === 'approved' ? 'payment_executed' : 'payment_failed',
      payment_id: id,
    });
    try {
      await deliverWebhook(webhookUrl, body, secret);
      delivered = true;
    } catch (error) {
      // The decision stands; the café learns it from a status read when the customer returns.
      getLogger().error({ err: error, sandboxPaymentId: id }, 'test bank could not deliver its webhook');
    }
  }
  return { returnUrl: bankPayment.returnUrl, status: sandboxStatus(bankPayment.status), delivered };
}

async function deliverWebhook(url: string, body: string, secret: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    let status: number | null = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(body, secret) },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
    } catch (error) {
      if (attempt === attempts) throw error;
    }
    if (status !== null && status < 300) return;
    if ((status !== null && status < 500) || attempt === attempts) {
      throw new Error(`the merchant answered the webhook with ${status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}
