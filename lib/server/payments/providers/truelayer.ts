import 'server-only';
import { createHash } from 'node:crypto';
import * as tlSigning from 'truelayer-signing';
import { fromTrueLayer, type TrueLayerStatus } from '@/lib/domain/checkout';
import type { OpenBankingProvider } from './provider';

/**
 * TrueLayer Payments API v3 (https://docs.truelayer.com): payments into the venue's merchant
 * account, requests signed with `truelayer-signing` (Tl-Signature) and an Idempotency-Key, the
 * customer sent to TrueLayer's hosted payment page, webhooks verified against TrueLayer's JWKS
 * (fetched only from TrueLayer's own allow-listed URLs), status reads and refunds.
 */
export const TRUELAYER_PROVIDER = 'truelayer';

export type TrueLayerConfig = {
  environment: 'sandbox' | 'live';
  clientId: string;
  clientSecret: string;
  signingKeyId: string;
  signingPrivateKeyPem: string;
  merchantAccountId: string;
};

const HOSTS = {
  sandbox: {
    auth: 'https://auth.truelayer-sandbox.com',
    api: 'https://api.truelayer-sandbox.com',
    hpp: 'https://payment.truelayer-sandbox.com',
    jwks: ['https://webhooks.truelayer-sandbox.com/.well-known/jwks'],
  },
  live: {
    auth: 'https://auth.truelayer.com',
    api: 'https://api.truelayer.com',
    hpp: 'https://payment.truelayer.com',
    jwks: ['https://webhooks.truelayer.com/.well-known/jwks'],
  },
} as const;

/** The webhook's own timestamp must be this fresh (a replayed delivery is refused). */
const WEBHOOK_TOLERANCE_SECONDS = 300;
const JWKS_CACHE_MS = 10 * 60_000;

export class TrueLayerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'TrueLayerError';
  }
}

export function createTrueLayerProvider(config: TrueLayerConfig): OpenBankingProvider {
  const hosts = HOSTS[config.environment];
  let token: { value: string; expiresAt: number } | null = null;
  // Keys by URL, as promises: deliveries arriving together share one fetch.
  const jwksCache = new Map<string, { jwks: Promise<string>; fetchedAt: number }>();

  async function accessToken(): Promise<string> {
    if (token && token.expiresAt > Date.now() + 30_000) return token.value;
    const response = await fetch(`${hosts.auth}/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: config.clientId,
        client_secret: config.clientSecret,
        scope: 'payments',
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new TrueLayerError(response.status, 'TrueLayer refused our client credentials');
    const body = (await response.json()) as { access_token: string; expires_in: number };
    token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return token.value;
  }

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { authorization: `Bearer ${await accessToken()}` };
    if (method === 'POST') {
      // TrueLayer requires every POST signed; the idempotency key is part of what is signed.
      const key =
        idempotencyKey ??
        createHash('sha256')
          .update(`${path}\n${raw ?? ''}`)
          .digest('hex');
      headers['Idempotency-Key'] = key;
      headers['Tl-Signature'] = tlSigning.sign({
        kid: config.signingKeyId,
        privateKeyPem: config.signingPrivateKeyPem,
        method: 'POST' as tlSigning.HttpMethod,
        path,
        headers: { 'Idempotency-Key': key },
        body: raw ?? '',
      });
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${hosts.api}${path}`, {
      method,
      headers,
      body: raw,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) throw new TrueLayerError(response.status, `TrueLayer ${method} ${path}: ${response.status}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  function jwksFrom(jku: string): Promise<string> {
    const cached = jwksCache.get(jku);
    if (cached && Date.now() - cached.fetchedAt < JWKS_CACHE_MS) return cached.jwks;
    const jwks = fetch(jku, { signal: AbortSignal.timeout(10_000) }).then(async (response) => {
      if (!response.ok) throw new TrueLayerError(response.status, 'Could not fetch TrueLayer’s signing keys');
      return response.text();
    });
    jwksCache.set(jku, { jwks, fetchedAt: Date.now() });
    jwks.catch(() => jwksCache.delete(jku));
    return jwks;
  }

  return {
    name: TRUELAYER_PROVIDER,
    async createPayment({ idempotencyKey, amountPence, payeeName, reference, returnUrl }) {
      const created = await request<{ id: string; resource_token: string; status: TrueLayerStatus }>(
        'POST',
        '/v3/payments',
        {
          amount_in_minor: amountPence,
          currency: 'GBP',
          payment_method: {
            type: 'bank_transfer',
            provider_selection: { type: 'user_selected', filter: { countries: ['GB'] } },
            beneficiary: {
              type: 'merchant_account',
              merchant_account_id: config.merchantAccountId,
              account_holder_name: payeeName,
              reference: reference.replace(/[^\w -]/g, '').slice(0, 18),
            },
          },
          user: { id: idempotencyKey, name: 'Customer' },
          metadata: { fynlo_payment_id: idempotencyKey },
        },
        idempotencyKey,
      );
      const fragment = new URLSearchParams({
        payment_id: created.id,
        resource_token: created.resource_token,
        return_uri: returnUrl,
      });
      return { providerPaymentId: created.id, redirectUrl: `${hosts.hpp}/payments#${fragment}` };
    },
    async getStatus(providerPaymentId) {
      const payment = await request<{ status: TrueLayerStatus }>('GET', `/v3/payments/${providerPaymentId}`);
      return fromTrueLayer(payment.status);
    },
    async cancel(providerPaymentId) {
      await request('POST', `/v3/payments/${providerPaymentId}/actions/cancel`, {});
    },
    async refund({ providerPaymentId, amountPence, idempotencyKey, reference }) {
      const refund = await request<{ id: string }>(
        'POST',
        `/v3/payments/${providerPaymentId}/refunds`,
        { amount_in_minor: amountPence, reference: reference.replace(/[^\w -]/g, '').slice(0, 18) },
        idempotencyKey,
      );
      return { providerRefundId: refund.id };
    },
    async getRefundStatus({ providerPaymentId, providerRefundId }) {
      const refund = await request<{ status: string }>(
        'GET',
        `/v3/payments/${providerPaymentId}/refunds/${providerRefundId}`,
      );
      // pending → authorized → executed, or failed (TrueLayer Payments API v3 refund statuses).
      return refund.status === 'executed' ? 'SUCCEEDED' : refund.status === 'failed' ? 'FAILED' : 'PENDING';
    },
    async verifyWebhook(rawBody, headers, path) {
      const signature = headers.get('tl-signature');
      if (!signature) return { ok: false, reason: 'No Tl-Signature' };
      let jku: string | undefined;
      try {
        jku = tlSigning.extractJku(signature);
      } catch {
        return { ok: false, reason: 'Malformed Tl-Signature' };
      }
      if (!jku || !(hosts.jwks as readonly string[]).includes(jku)) {
        return { ok: false, reason: 'Signing keys not from TrueLayer' };
      }
      const timestamp = Date.parse(headers.get('x-tl-webhook-timestamp') ?? '');
      if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > WEBHOOK_TOLERANCE_SECONDS * 1000) {
        return { ok: false, reason: 'Stale or missing webhook timestamp' };
      }
      try {
        tlSigning.verify({
          jwks: await jwksFrom(jku),
          signature,
          method: 'POST' as tlSigning.HttpMethod,
          path,
          body: rawBody,
          headers: Object.fromEntries(headers),
          requiredHeaders: ['X-Tl-Webhook-Timestamp'],
        });
      } catch {
        return { ok: false, reason: 'Bad signature' };
      }
      let event: { type?: string; event_id?: string; payment_id?: string };
      try {
        event = JSON.parse(rawBody) as typeof event;
      } catch {
        return { ok: false, reason: 'Body is not JSON' };
      }
      if (!event.event_id || !event.type) return { ok: false, reason: 'Not a TrueLayer event' };
      const status =
        event.type === 'payment_executed' || event.type === 'payment_settled'
          ? 'SUCCEEDED'
          : event.type === 'payment_failed'
            ? 'FAILED'
            : null;
      if (!status || !event.payment_id) return { ok: true, event: null };
      return {
        ok: true,
        event: {
          eventId: event.event_id,
          eventType: event.type,
          providerPaymentId: event.payment_id,
          status,
          payload: event,
        },
      };
    },
  };
}
