import { getDb } from '@/lib/db';
import { getLogger } from '@/lib/server/logger';
import { applyProviderUpdate } from '@/lib/server/payments/apply-provider-update';
import { getOpenBankingProvider } from '@/lib/server/payments/providers';

const MAX_BODY_BYTES = 64 * 1024;

const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

// POST /api/webhooks/open-banking – the pay-by-bank provider reports a payment. The signature is
// checked on the raw body before anything in it is believed: a bad one is a 400 and changes nothing.
// A genuine report about a payment we do not know is acknowledged (and logged) so it is not retried.
export async function POST(request: Request): Promise<Response> {
  const db = getDb();
  const provider = getOpenBankingProvider(db);
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return answer(400, { error: { code: 'BAD_REQUEST', message: 'Body too large' } });
  }
  const verified = await provider.verifyWebhook(body, request.headers, new URL(request.url).pathname);
  if (!verified.ok) {
    getLogger().warn({ provider: provider.name, reason: verified.reason }, 'open-banking webhook refused');
    return answer(400, { error: { code: 'BAD_REQUEST', message: verified.reason } });
  }
  if (!verified.event) return answer(200, { received: true, result: 'ignored' });
  const result = await applyProviderUpdate(db, { provider: provider.name, ...verified.event, now: new Date() });
  return answer(200, { received: true, result });
}
