import { describe, expect, it } from 'vitest';
import { signSandboxWebhook, verifySandboxWebhook } from './sandbox-bank';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const body = JSON.stringify({ id: 'evt_1', type: 'payment_executed', payment_id: 'p1' });

describe('sandbox bank webhook signatures', () => {
  it('accepts its own fresh signature', () => {
    expect(verifySandboxWebhook(body, signSandboxWebhook(body, secret), secret)).toBe(true);
  });

  it('refuses no header, another secret, one changed byte, and a signature older than 300 s', () => {
    const header = signSandboxWebhook(body, secret, 1_000_000_000_000);
    expect(verifySandboxWebhook(body, null, secret)).toBe(false);
    expect(verifySandboxWebhook(body, signSandboxWebhook(body, `${secret}!`), secret)).toBe(false);
    expect(verifySandboxWebhook(body.replace('p1', 'p2'), signSandboxWebhook(body, secret), secret)).toBe(false);
    expect(verifySandboxWebhook(body, header, secret, 1_000_000_000_000 + 301_000)).toBe(false);
    expect(verifySandboxWebhook(body, header, secret, 1_000_000_000_000 + 299_000)).toBe(true);
    expect(verifySandboxWebhook(body, 't=abc,v1=zz', secret)).toBe(false);
  });

  it('refuses a signature that names a key the sandbox bank does not have', () => {
    const header = signSandboxWebhook(body, secret);
    expect(verifySandboxWebhook(body, header.replace('kid=sandbox-v1', 'kid=other'), secret)).toBe(false);
    expect(verifySandboxWebhook(body, header.replace('kid=sandbox-v1,', ''), secret)).toBe(false);
  });
});
