import { getDb } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import { ZOpenBankingWebhook } from '@/lib/schemas/checkout';
import { getLogger } from '@/lib/server/logger';
import { applyProviderUpdate } from '@/lib/server/payments/apply-provider-update';
import {
  SANDBOX_PROVIDER,
  SANDBOX_SIGNATURE_HEADER,
  verifySandboxWebhook,
} from '@/lib/server/payments/providers/sandbox-bank';

const refuse = (message: string) =>
  Response.json({ error: { code: 'BAD_REQUEST', message } }, { status: 400, headers: { 'cache-control': 'no-store' } });

// POST /api/webhooks/open-banking – a provider reports a payment. Verified on the raw body before
// anything is read; a bad signature is a 400 and changes nothing; an unknown payment is acknowledged.
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > 64 * 1024) return refuse('Body too large');
  if (!verifySandboxWebhook(body, request.headers.get(SANDBOX_SIGNATURE_HEADER), getAuthSecret())) {
    getLogger().warn({ provider: SANDBOX_PROVIDER }, 'open-banking webhook with a bad signature refused');
    return refuse('Bad signature');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return refuse('Body is not JSON');
  }
  const event = ZOpenBankingWebhook.safeParse(json);
  if (!event.success) return refuse('Not an open-banking payment event');
  const result = await applyProviderUpdate(getDb(), {
    provider: SANDBOX_PROVIDER,
    eventId: event.data.id,
    eventType: event.data.type,
    providerPaymentId: event.data.payment_id,
    status: event.data.type === 'payment_executed' ? 'SUCCEEDED' : 'FAILED',
    payload: event.data,
    now: new Date(),
  });
  return Response.json({ received: true, result }, { headers: { 'cache-control': 'no-store' } });
}
