/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
// The customer's pages found by token count against the same per-address budget as their API
// (120 lookups a minute): over it, the page itself answers a real 429 with Retry-After, and a
// rotated X-Forwarded-For buys nothing. Each test calls from its own loopback address, so the
// other specs' budget (127.0.0.1) is untouched.
import { request as httpRequest } from 'node:http';
import { expect, test } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100);
const LIMIT = 120;

type Answer = { status: number; retryAfter: string | undefined; body: string };

/** A GET from `localAddress`, as a phone at that address on the café network would send it. */
function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path, headers, localAddress, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          retryAfter: incoming.headers['retry-after'],
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Guesses until refused (fixed windows: up to twice the limit when a minute turns over). */
async function guessUntilRefused(from: string, page: 'receipt' | 'pay'): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i <= LIMIT * 2 && !answers.some((answer) => answer.status === 429); i += 1) {
    const token = `guess${String(i).padStart(17, '0')}`;
    answers.push(await getFrom(from, `/${page}/${token}`, { 'x-forwarded-for': `203.0.113.${i % 250}` }));
  }
  return answers;
}

test.describe('token lookups on the customer pages', () => {
  test('the receipt page answers a guesser over the limit 429, whatever X-Forwarded-For says', async () => {
    test.setTimeout(120_000);
    const answers = await guessUntilRefused('127.0.0.9', 'receipt');
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body).toContain('Too many tries');
    expect(answers.filter((answer) => answer.status === 404).length).toBeGreaterThanOrEqual(LIMIT);
    // The API twin shares the budget: this address is refused there too.
    expect((await getFrom('127.0.0.9', '/api/v1/receipts/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(429);
    // Another phone on the network is not.
    expect((await getFrom('127.0.0.19', '/receipt/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });

  test('the pay page answers a guesser over the limit with a real 429, not a 200', async () => {
    test.setTimeout(120_000);
    const answers = await guessUntilRefused('127.0.0.10', 'pay');
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body).toContain('scan the QR code again');
    expect((await getFrom('127.0.0.10', '/api/v1/checkout/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(429);
  });
});
