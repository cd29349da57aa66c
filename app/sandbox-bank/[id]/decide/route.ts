import { z } from 'zod';
import { getAuthSecret, getEnv } from '@/lib/env';
import { plainRoute } from '@/lib/server/http/plain-route';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { decideSandboxPayment, SANDBOX_BANKS } from '@/lib/server/payments/providers/sandbox-bank';

const ZDecision = z.object({
  decision: z.enum(['approve', 'decline']),
  bank: z.enum(SANDBOX_BANKS.map((bank) => bank.id)).optional(),
});

const refuse = (status: number, message: string) =>
  Response.json({ error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message } }, { status });

// POST /sandbox-bank/{id}/decide – the test bank's Approve / Decline form. The bank tells the café
// by a signed webhook over HTTP (as a real provider would), then sends the customer back.
export const POST = plainRoute(async ({ db, request, params: { id } }) => {
  if (getEnv().OPEN_BANKING_PROVIDER !== 'sandbox' || typeof id !== 'string' || !z.uuid().safeParse(id).success) {
    return refuse(404, 'No such test bank payment');
  }
  const form = ZDecision.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!form.success) return refuse(400, 'Choose approve or decline');
  const baseUrl = publicBaseUrl(request);
  const decided = await decideSandboxPayment({
    db,
    id,
    decision: form.data.decision,
    bankId: form.data.bank,
    secret: getAuthSecret(),
    webhookUrl: `${baseUrl}/api/webhooks/open-banking`,
  });
  if (!decided) return refuse(404, 'No such test bank payment');
  return Response.redirect(new URL(decided.returnUrl, baseUrl), 303);
});
