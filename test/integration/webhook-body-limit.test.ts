// Webhook routes read at most 64 KB (and one chunk more) of a body before refusing it with 413:
// a 30 MB post is never taken into memory to be told no.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as openBankingWebhook } from '@/app/api/webhooks/open-banking/route';
import { POST as stripeWebhook } from '@/app/api/webhooks/stripe/route';
import { resetEnvForTests } from '@/lib/env';
import { setTestEnv, unsetTestEnv } from '../test-env';

const STRIPE_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_fynlo',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_fynlo',
  STRIPE_WEBHOOK_SECRET: 'whsec_fynlo_body_limit',
};
beforeAll(() => {
  setTestEnv(STRIPE_ENV);
  resetEnvForTests();
});
afterAll(() => {
  unsetTestEnv(Object.keys(STRIPE_ENV));
  resetEnvForTests();
});

const MB = 1024 * 1024;
const CHUNK = 16 * 1024;

/** A streamed body of `totalBytes`, counting how much of it the server actually pulled. */
function streamedBody(totalBytes: number) {
  let pulled = 0;
  const chunk = new Uint8Array(CHUNK).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const post = (path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe.each([
  ['open banking', '/api/webhooks/open-banking', openBankingWebhook],
  ['Stripe', '/api/webhooks/stripe', stripeWebhook],
] as const)('%s webhook body limit', (_name, path, handler) => {
  it('a 30 MB body streamed without a length is refused 413 after reading about 64 KB', async () => {
    const body = streamedBody(30 * MB);
    const response = await handler(post(path, body.stream));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    // 64 KB, the chunk that crossed it, and at most a couple the stream pulled ahead.
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024 + 3 * CHUNK);
  });

  it('a declared 30 MB body is refused 413 before any of it is read', async () => {
    const body = streamedBody(30 * MB);
    const response = await handler(post(path, body.stream, { 'content-length': String(30 * MB) }));
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it('a body just under the limit is read and judged on its signature (400), not its size', async () => {
    const response = await handler(post(path, 'x'.repeat(64 * 1024 - 10)));
    expect(response.status).toBe(400);
  });
});
