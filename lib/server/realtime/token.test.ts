import { describe, expect, it } from 'vitest';
import { signRealtimeToken, verifyRealtimeToken } from './token';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const claims = {
  sub: '6f1c3b5e-4a43-4c4b-9a52-5b0f3f1b8c01',
  lid: '0d5e9c1a-7f4b-4e0a-8b7c-2a1d3e4f5a6b',
  role: 'KITCHEN' as const,
  sv: 1,
  sid: '2b8e1f4c-3d5a-4e6b-9c7d-8e9f0a1b2c3d',
  did: null,
  exp: Math.floor(Date.now() / 1000) + 60,
};

describe('realtime token', () => {
  it('round-trips its claims', () => {
    expect(verifyRealtimeToken(signRealtimeToken(claims, secret), secret)).toEqual(claims);
  });

  it('refuses an expired token', () => {
    const token = signRealtimeToken(claims, secret);
    expect(verifyRealtimeToken(token, secret, (claims.exp + 1) * 1000)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyRealtimeToken(signRealtimeToken(claims, `${secret}-other`), secret)).toBeNull();
  });

  it('refuses changed claims under the old signature', () => {
    const [, signature] = signRealtimeToken(claims, secret).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'OWNER' })).toString('base64url');
    expect(verifyRealtimeToken(`${forged}.${signature}`, secret)).toBeNull();
  });

  it.each([undefined, 42, '', 'abc', 'a.b.c', '.', 'x'.repeat(5000)])('refuses %j', (token) => {
    expect(verifyRealtimeToken(token, secret)).toBeNull();
  });
});
