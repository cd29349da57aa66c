// Both rate-limit stores count the same way: in-process, and Redis (shared by every app node).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
  withFallback,
  writeBudgetOf,
} from '@/lib/server/rate-limit';
import { testRedisUrl } from '../test-env';

const redis = new Redis(testRedisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
afterAll(() => redis.quit());

const stores: [string, () => RateLimiter][] = [
  ['memory', createMemoryRateLimiter],
  ['redis', () => createRedisRateLimiter(redis)],
];

describe.each(stores)('rate limit (%s)', (_name, create) => {
  it('allows up to the limit in a window, refuses the next, and opens in the next window', async () => {
    const limiter = create();
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3, windowSeconds: 60 };
    const now = new Date('2026-11-26T09:00:10Z');
    const results = [];
    for (let attempt = 0; attempt < 4; attempt += 1) results.push(await limiter.hit(key, rule, now));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(50);
    expect((await limiter.peek(key, rule, now)).allowed).toBe(false);
    expect((await limiter.hit(key, rule, new Date('2026-11-26T09:01:00Z'))).allowed).toBe(true);
  });

  it('reserve counts only under the limit, atomically: of 20 at once exactly 3 get through', async () => {
    const limiter = create();
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3, windowSeconds: 60 };
    const now = new Date('2026-11-26T09:00:10Z');
    const results = await Promise.all(Array.from({ length: 20 }, () => limiter.reserve(key, rule, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(3);
    expect((await limiter.peek(key, rule, now)).count).toBe(3);
    expect(results.find((result) => !result.allowed)!.retryAfterSeconds).toBe(50);
  });

  it('a block holds until its end, whatever the windows say, then lifts by itself', async () => {
    const limiter = create();
    const key = `test:${randomUUID()}`;
    const now = new Date();
    expect(await limiter.blockedUntil(key, now)).toBeNull();
    const until = new Date(now.getTime() + 60_000);
    await limiter.block(key, until);
    expect(await limiter.blockedUntil(key, new Date(now.getTime() + 59_000))).toEqual(until);
    expect(await limiter.blockedUntil(key, new Date(now.getTime() + 61_000))).toBeNull();
  });

  it('release gives one reserved attempt back, never going below zero', async () => {
    const limiter = create();
    const key = `test:${randomUUID()}`;
    const rule = { limit: 2, windowSeconds: 60 };
    const now = new Date('2026-11-26T09:00:10Z');
    await limiter.reserve(key, rule, now);
    await limiter.reserve(key, rule, now);
    expect((await limiter.reserve(key, rule, now)).allowed).toBe(false);
    await limiter.release(key, rule, now);
    expect((await limiter.reserve(key, rule, now)).allowed).toBe(true);
    const other = `test:${randomUUID()}`;
    await limiter.release(other, rule, now);
    expect((await limiter.peek(other, rule, now)).count).toBe(0);
  });

  it('reset clears a key', async () => {
    const limiter = create();
    const key = `test:${randomUUID()}`;
    const rule = { limit: 1, windowSeconds: 60 };
    const now = new Date();
    await limiter.hit(key, rule, now);
    await limiter.reset(key, rule, now);
    expect((await limiter.peek(key, rule, now)).allowed).toBe(true);
  });
});

describe('rate limit with Redis down', () => {
  it('falls back to in-process limits instead of failing the request', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    dead.on('error', () => undefined);
    const errors: unknown[] = [];
    const limiter = withFallback(createRedisRateLimiter(dead), createMemoryRateLimiter(), (error) =>
      errors.push(error),
    );
    const rule = { limit: 1, windowSeconds: 60 };
    const now = new Date();
    expect((await limiter.hit('fallback', rule, now)).allowed).toBe(true);
    expect((await limiter.hit('fallback', rule, now)).allowed).toBe(false);
    expect(errors.length).toBe(2);
    dead.disconnect();
  });
});

describe('whose budget a write spends', () => {
  it("on a paired till the till's (shared by whoever signs in, and larger: its queue replays after an outage); elsewhere the person's", () => {
    const till = randomUUID();
    const casey = writeBudgetOf({ userId: 'casey', deviceId: till });
    const sam = writeBudgetOf({ userId: 'sam', deviceId: till });
    expect(casey).toEqual(sam);
    expect(casey).toEqual({ key: `mutations:device:${till}`, rule: { limit: 6000, windowSeconds: 60 } });
    expect(writeBudgetOf({ userId: 'casey', deviceId: null })).toEqual({
      key: 'mutations:casey',
      rule: { limit: 600, windowSeconds: 60 },
    });
  });
});
