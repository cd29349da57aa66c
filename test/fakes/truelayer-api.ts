// TrueLayer's Payments API v3 as msw handlers, in the request and response shapes of TrueLayer's
// documentation: it checks our Tl-Signature like TrueLayer does, honours Idempotency-Key, and signs
// webhooks with its own key, published as a JWKS at its allow-listed URL.
import { generateKeyPairSync, randomUUID, sign as signBytes, type KeyObject } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import * as tlSigning from 'truelayer-signing';

export const TL_JWKS_URL = 'https://webhooks.truelayer-sandbox.com/.well-known/jwks';
const API = 'https://api.truelayer-sandbox.com';

const pair = () => generateKeyPairSync('ec', { namedCurve: 'secp521r1' });
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** Our signing key (TRUELAYER_SIGNING_PRIVATE_KEY) and the public half TrueLayer holds. */
export function merchantSigningKey() {
  const { privateKey, publicKey } = pair();
  return {
    kid: `merchant-${randomUUID().slice(0, 8)}`,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function createTrueLayerApi(merchantPublicPem: string) {
  const webhookKey = pair();
  const webhookKid = `tl-webhooks-${randomUUID().slice(0, 8)}`;
  const payments = new Map<string, { id: string; status: string; amount_in_minor: number; body: unknown }>();
  const byKey = new Map<string, string>();
  const refunds = new Map<string, { id: string; status: string; amount_in_minor: number }>();
  const refundsByKey = new Map<string, string>();
  const calls: { method: string; path: string; idempotencyKey: string | null; signed: boolean; body: unknown }[] = [];
  const jwksFetches: string[] = [];
  let failCreates = 0;

  const signatureValid = (request: Request, path: string, body: string) => {
    try {
      tlSigning.verify({
        publicKeyPem: merchantPublicPem,
        signature: request.headers.get('tl-signature') ?? '',
        method: 'POST' as tlSigning.HttpMethod,
        path,
        body,
        headers: Object.fromEntries(request.headers),
        requiredHeaders: ['Idempotency-Key'],
      });
      return true;
    } catch {
      return false;
    }
  };

  const handlers = [
    http.post('https://auth.truelayer-sandbox.com/connect/token', () =>
      HttpResponse.json({ access_token: `tl-token-${randomUUID()}`, expires_in: 3600, token_type: 'Bearer' }),
    ),
    http.get(TL_JWKS_URL, () => {
      jwksFetches.push(TL_JWKS_URL);
      return HttpResponse.json({ keys: [{ ...webhookKey.publicKey.export({ format: 'jwk' }), kid: webhookKid }] });
    }),
    http.post(`${API}/v3/payments`, async ({ request }) => {
      const raw = await request.text();
      const idempotencyKey = request.headers.get('idempotency-key');
      const signed = signatureValid(request, '/v3/payments', raw);
      calls.push({ method: 'POST', path: '/v3/payments', idempotencyKey, signed, body: JSON.parse(raw) });
      if (!signed) return HttpResponse.json({ title: 'Invalid signature' }, { status: 401 });
      if (failCreates > 0) {
        failCreates -= 1;
        return HttpResponse.json({ title: 'Internal Server Error' }, { status: 500 });
      }
      let id = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
      if (!id) {
        id = randomUUID();
        const body = JSON.parse(raw) as { amount_in_minor: number };
        payments.set(id, { id, status: 'authorization_required', amount_in_minor: body.amount_in_minor, body });
        if (idempotencyKey) byKey.set(idempotencyKey, id);
      }
      return HttpResponse.json(
        { id, user: { id: randomUUID() }, resource_token: `rt-${id}`, status: payments.get(id)!.status },
        { status: 201 },
      );
    }),
    http.get(`${API}/v3/payments/:id`, ({ params }) => {
      const payment = payments.get(String(params.id));
      return payment
        ? HttpResponse.json({ id: payment.id, status: payment.status, amount_in_minor: payment.amount_in_minor })
        : HttpResponse.json({ title: 'Not Found' }, { status: 404 });
    }),
    http.post(`${API}/v3/payments/:id/refunds`, async ({ request, params }) => {
      const raw = await request.text();
      const path = `/v3/payments/${String(params.id)}/refunds`;
      const signed = signatureValid(request, path, raw);
      calls.push({
        method: 'POST',
        path,
        idempotencyKey: request.headers.get('idempotency-key'),
        signed,
        body: JSON.parse(raw),
      });
      if (!signed) return HttpResponse.json({ title: 'Invalid signature' }, { status: 401 });
      const key = request.headers.get('idempotency-key') ?? randomUUID();
      const id = refundsByKey.get(key) ?? randomUUID();
      if (!refundsByKey.has(key)) {
        refundsByKey.set(key, id);
        const { amount_in_minor } = JSON.parse(raw) as { amount_in_minor: number };
        refunds.set(id, { id, status: 'pending', amount_in_minor });
      }
      return HttpResponse.json({ id }, { status: 201 });
    }),
    http.get(`${API}/v3/payments/:id/refunds/:refundId`, ({ params }) => {
      const refund = refunds.get(String(params.refundId));
      return refund ? HttpResponse.json(refund) : HttpResponse.json({ title: 'Not Found' }, { status: 404 });
    }),
    http.post(`${API}/v3/payments/:id/actions/cancel`, ({ params }) => {
      const payment = payments.get(String(params.id));
      if (payment && payment.status === 'authorization_required') payment.status = 'failed';
      return new HttpResponse(null, { status: 202 });
    }),
  ];

  /** A webhook as TrueLayer signs it: JWS (ES512) over method, path, the timestamp header and the body. */
  function webhook(
    path: string,
    event: Record<string, unknown>,
    options: { jku?: string; kid?: string; key?: KeyObject; timestamp?: string } = {},
  ) {
    const body = JSON.stringify(event);
    const timestamp = options.timestamp ?? new Date().toISOString();
    const header = {
      alg: 'ES512',
      kid: options.kid ?? webhookKid,
      tl_version: '2',
      tl_headers: 'X-Tl-Webhook-Timestamp',
      jku: options.jku ?? TL_JWKS_URL,
    };
    const payload = `POST ${path}\nX-Tl-Webhook-Timestamp: ${timestamp}\n${body}`;
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(payload)}`;
    const signature = signBytes('sha512', Buffer.from(signingInput), {
      key: options.key ?? webhookKey.privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'tl-signature': `${b64url(JSON.stringify(header))}..${b64url(signature)}`,
        'x-tl-webhook-timestamp': timestamp,
      },
    };
  }

  return {
    handlers,
    payments,
    refunds,
    calls,
    jwksFetches,
    webhook,
    failNextCreates(count: number) {
      failCreates = count;
    },
    /** The customer approves at their bank; TrueLayer executes the payment. */
    execute(id: string) {
      payments.get(id)!.status = 'executed';
    },
    /** Another party's key, for forged signatures. */
    strangerKey: () => pair().privateKey,
  };
}
