// Who is calling, and at which address: over real HTTP, with the peer stamp the Next.js process
// installs. X-Forwarded-For / -Host / -Proto count only from TRUSTED_PROXIES, so rotating them buys
// nobody more lookups or sign-in attempts, and a forged host passes no CSRF check and moves no
// link. Links follow the origin the till used; cookies are Secure exactly when the browser is on https.
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { GET as receiptRoute } from '@/app/api/v1/receipts/[token]/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { POST as pairRoute } from '@/app/api/v1/devices/pair/route';
import { POST as checkoutRoute } from '@/app/api/v1/orders/[id]/checkout/route';
import { resetEnvForTests } from '@/lib/env';
import type { TCheckout } from '@/lib/schemas/checkout';
import type { TOrder } from '@/lib/schemas/orders';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { dataOf } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { type RawResponse, requestFrom, serveRoutes } from '../serve';
import { setTestEnv, unsetTestEnv } from '../test-env';

let app: Awaited<ReturnType<typeof serveRoutes>>;
beforeAll(async () => {
  app = await serveRoutes({
    '/api/v1/receipts/{token}': receiptRoute,
    '/api/v1/me': meRoute,
    '/api/v1/devices/pair': pairRoute,
    '/api/v1/orders/{id}/checkout': checkoutRoute,
    // Next.js hands next-auth a NextRequest.
    '/api/auth/csrf': (request) => authGet(new NextRequest(request)),
    '/api/auth/callback/password': (request) => authPost(new NextRequest(request)),
  });
});
afterAll(() => app.close());
afterEach(() => {
  unsetTestEnv(['TRUSTED_PROXIES', 'PUBLIC_URL']);
  resetEnvForTests();
});

const trust = (proxies: string) => {
  setTestEnv({ TRUSTED_PROXIES: proxies });
  resetEnvForTests();
};

const lookup = (from: string, token: string, forwardedFor?: string) =>
  requestFrom(from, `${app.origin}/api/v1/receipts/${token}`, {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
const guess = (i: number) => `guess${String(i).padStart(17, '0')}`;
const limit = RATE_LIMITS.publicTokenLookupsPerAddress.limit;

/** Guesses until refused; fixed windows may need up to twice the limit when a minute turns over. */
async function guessUntilRefused(send: (i: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= limit * 2 && !statuses.includes(429); i += 1) statuses.push(await send(i));
  return statuses;
}

/** A password sign-in through next-auth's own handlers: its CSRF token first, then the form post. */
async function signIn(from: string, headers: Record<string, string>, credentials: { email: string; password: string }) {
  const cookiesOf = (answer: RawResponse) =>
    ([] as string[])
      .concat(answer.headers['set-cookie'] ?? [])
      .map((line) => line.split(';')[0])
      .join('; ');
  const csrf = await requestFrom(from, `${app.origin}/api/auth/csrf`, { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return requestFrom(from, `${app.origin}/api/auth/callback/password`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ ...credentials, csrfToken }).toString(),
  });
}

describe('per-address limits and X-Forwarded-For', () => {
  it('rotating X-Forwarded-For from one connection buys no more receipt lookups', async () => {
    const statuses = await guessUntilRefused(
      async (i) => (await lookup('127.0.0.11', guess(i), `203.0.113.${i % 250}, 198.51.100.${i % 250}`)).status,
    );
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(limit * 2);
    // Another device on the network still has its own budget.
    expect((await lookup('127.0.0.12', guess(0))).status).toBe(404);
  });

  it('behind a trusted proxy each client has its own budget, and what it prepends itself is ignored', async () => {
    trust('127.0.0.13');
    const statuses = await guessUntilRefused(
      // The client wrote "10.9.9.N"; the proxy appended the client's real address.
      async (i) => (await lookup('127.0.0.13', guess(i), `10.9.9.${i % 250}, 203.0.113.50`)).status,
    );
    expect(statuses).toContain(429);
    // The proxy itself is not what was limited: another client behind it still gets answers.
    expect((await lookup('127.0.0.13', guess(0), '203.0.113.51')).status).toBe(404);
  });

  it(
    'rotating X-Forwarded-For does not buy more password attempts (next-auth sign-in)',
    { timeout: 120_000 },
    async () => {
      const perAddress = RATE_LIMITS.passwordPerAddress.limit;
      const outcomes: string[] = [];
      for (let i = 0; i <= perAddress * 2 && !outcomes.some((to) => to.includes('rate_limited')); i += 1) {
        const answer = await signIn(
          '127.0.0.14',
          { 'x-forwarded-for': `203.0.113.${i % 250}` },
          {
            email: `nobody-${i}@fynlo.test`,
            password: 'wrong',
          },
        );
        outcomes.push(String(answer.headers.location ?? ''));
      }
      expect(outcomes.at(-1)).toContain('code=rate_limited');
    },
  );
});

describe('the host the browser used', () => {
  let cashier: string;
  let order: TOrder;
  beforeAll(async () => {
    cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
  });

  const makeQr = async (from: string, headers: Record<string, string>) => {
    order = dataOf(
      await createOrderAs(cashier, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] }),
    ).order;
    const made = await requestFrom(from, `${app.origin}/api/v1/orders/${order.id}/checkout`, {
      method: 'POST',
      headers: { cookie: cashier, 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    return {
      status: made.status,
      checkout: made.status === 201 ? (JSON.parse(made.body) as { checkout: TCheckout }).checkout : null,
    };
  };

  it('without PUBLIC_URL the QR link is on the origin the till called, not the one Next.js listens on', async () => {
    const made = await makeQr('127.0.0.15', { host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' });
    expect(made.status).toBe(201);
    expect(made.checkout!.url).toBe(`http://192.168.1.20:3000/pay/${made.checkout!.token}`);
  });

  it('a forged X-Forwarded-Host moves no link and passes no same-origin check', async () => {
    const forged = { host: '192.168.1.20:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const quiet = await makeQr('127.0.0.15', forged);
    expect(quiet.checkout!.url).toBe(`http://192.168.1.20:3000/pay/${quiet.checkout!.token}`);
    const csrf = await makeQr('127.0.0.15', { ...forged, origin: 'https://evil.example' });
    expect(csrf.status).toBe(403);
  });

  it('behind a trusted proxy its X-Forwarded-Host and -Proto are the origin: links and the CSRF check follow', async () => {
    trust('127.0.0.16');
    const made = await makeQr('127.0.0.16', {
      'x-forwarded-host': 'pos.example.com',
      'x-forwarded-proto': 'https',
      origin: 'https://pos.example.com',
    });
    expect(made.status).toBe(201);
    expect(made.checkout!.url).toBe(`https://pos.example.com/pay/${made.checkout!.token}`);
  });

  it('PUBLIC_URL, when set, is where links point', async () => {
    setTestEnv({ PUBLIC_URL: 'https://pos.example.com/' });
    resetEnvForTests();
    const made = await makeQr('127.0.0.15', { host: '192.168.1.20:3000' });
    expect(made.checkout!.url).toBe(`https://pos.example.com/pay/${made.checkout!.token}`);
  });
});

describe('cookies: Secure exactly when the browser is on https', () => {
  const pair = async (from: string, headers: Record<string, string>) => {
    const manager = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
    const paired = await requestFrom(from, `${app.origin}/api/v1/devices/pair`, {
      method: 'POST',
      headers: { cookie: manager, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'Till by the door', kind: 'TILL' }),
    });
    expect(paired.status).toBe(201);
    return String(paired.headers['set-cookie']);
  };

  it('through a trusted https proxy, with PUBLIC_URL unset: Secure and __Host- prefixed', async () => {
    trust('127.0.0.17');
    const cookie = await pair('127.0.0.17', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'pos.example.com' });
    expect(cookie).toMatch(/^__Host-fynlo\.device=v1\./);
    expect(cookie).toContain('; Secure');
  });

  it('a till on the café network over plain http, with PUBLIC_URL on https: a plain cookie it can keep', async () => {
    setTestEnv({ PUBLIC_URL: 'https://pos.example.com' });
    resetEnvForTests();
    const cookie = await pair('127.0.0.18', { host: '192.168.1.20:3000' });
    expect(cookie).toMatch(/^fynlo\.device=v1\./);
    expect(cookie).not.toContain('Secure');
  });

  it('a client that claims https itself gets no Secure cookie (it is not a trusted proxy)', async () => {
    const cookie = await pair('127.0.0.19', { 'x-forwarded-proto': 'https' });
    expect(cookie).not.toContain('Secure');
  });

  const sessionCookieLine = (answer: RawResponse) =>
    ([] as string[]).concat(answer.headers['set-cookie'] ?? []).find((line) => line.includes('fynlo.session=')) ?? '';

  it('signing in through a trusted https proxy, with PUBLIC_URL unset: the session cookie is Secure and __Host-', async () => {
    trust('127.0.0.21');
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'pos.example.com' };
    const answer = await signIn('127.0.0.21', proxied, { email: demo.manager.email, password: demo.manager.password });
    const line = sessionCookieLine(answer);
    expect(line).toMatch(/^__Host-fynlo\.session=/);
    expect(line).toContain('Secure');
  });

  it('signing in on the café network over plain http, with PUBLIC_URL on https: a plain session cookie', async () => {
    setTestEnv({ PUBLIC_URL: 'https://pos.example.com' });
    resetEnvForTests();
    const line = sessionCookieLine(
      await signIn(
        '127.0.0.22',
        { host: '192.168.1.20:3000' },
        { email: demo.owner.email, password: demo.owner.password },
      ),
    );
    expect(line).toMatch(/^fynlo\.session=/);
    expect(line).not.toContain('Secure');
  });

  it('a session cookie set over https (__Host-) signs the browser in, with PUBLIC_URL unset', async () => {
    const cookie = await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId, secure: true });
    expect(cookie.startsWith('__Host-fynlo.session=')).toBe(true);
    trust('127.0.0.20');
    const me = await requestFrom('127.0.0.20', `${app.origin}/api/v1/me`, {
      headers: { cookie, 'x-forwarded-proto': 'https' },
    });
    expect(me.status).toBe(200);
  });
});
