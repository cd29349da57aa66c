import { getLogger } from '@/lib/server/logger';
import { plainRoute } from '@/lib/server/http/plain-route';
import { readLimitedBody } from '@/lib/server/http/read-limited-body';
import { applyProviderUpdate } from '@/lib/server/payments/apply-provider-update';
import { getOpenBankingProvider } from '@/lib/server/payments/providers';

const MAX_BODY_BYTES = 64 * 1024;

const answer = (status: number, body: unknown) => Response.json(body, { status });

// POST /api/webhooks/open-banking – the pay-by-bank provider reports a payment. The signature is
// checked on the raw body before anything in it is believed: a bad one is a 400 and changes nothing.
// A body over 64 KB is refused (413) before more than that is read.
// A genuine report about a payment we do not know is acknowledged (and logged) so it is not retried.
export const POST = plainRoute(async ({ db, request, now }) => {
  const provider = getOpenBankingProvider(db);
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  const verified = await provider.verifyWebhook(body, request.headers, new URL(request.url).pathname);
  if (!verified.ok) {
    getLogger().warn({ provider: provider.name, reason: verified.reason }, 'open-banking webhook refused');
    return answer(400, { error: { code: 'BAD_REQUEST', message: verified.reason } });
  }
  if (!verified.event) return answer(200, { received: true, result: 'ignored' });
  const result = await applyProviderUpdate(db, { provider: provider.name, ...verified.event, now });
  return answer(200, { received: true, result });
});
