import 'server-only';
import { Redis } from 'ioredis';
import { getEnv } from '@/lib/env';
import { getLogger } from './logger';

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Fixed-window counters. In-process by default (one app node); with REDIS_URL they live in Redis so
 * every node shares them. `hit` counts an attempt; `peek` reads without counting.
 */
export type RateLimiter = {
  hit(key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult>;
  peek(key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult>;
  /**
   * Counts an attempt only while the window is under its limit, atomically: of any number of
   * parallel calls at most `limit` are allowed, so a budget is spent before anything is checked.
   */
  reserve(key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult>;
  /** Gives back one reserved attempt of the window `now` falls in (e.g. a PIN that was right). */
  release(key: string, rule: RateLimitRule, now: Date): Promise<void>;
  /** Forgets the current window's count (e.g. after a successful sign-in). */
  reset(key: string, rule: RateLimitRule, now: Date): Promise<void>;
  /**
   * Blocks a key until a moment, whatever its windows say (a device locked for five minutes from
   * the wrong PIN that spent its budget, not just until its window turns over).
   */
  block(key: string, until: Date): Promise<void>;
  /** Until when a key is blocked, or null. */
  blockedUntil(key: string, now: Date): Promise<Date | null>;
};

function windowOf(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
}

export function createMemoryRateLimiter(): RateLimiter {
  const blocks = new Map<string, number>();
  const counters = new Map<string, { start: number; count: number }>();
  const read = (key: string, start: number) => {
    const entry = counters.get(key);
    return entry && entry.start === start ? entry.count : 0;
  };
  return {
    async hit(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const count = read(key, start) + 1;
      counters.set(key, { start, count });
      if (counters.size > 50_000) for (const [k, v] of counters) if (v.start < start) counters.delete(k);
      return { allowed: count <= rule.limit, count, retryAfterSeconds };
    },
    async peek(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const count = read(key, start);
      return { allowed: count < rule.limit, count, retryAfterSeconds };
    },
    async reserve(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const count = read(key, start);
      if (count >= rule.limit) return { allowed: false, count, retryAfterSeconds };
      counters.set(key, { start, count: count + 1 });
      return { allowed: true, count: count + 1, retryAfterSeconds };
    },
    async release(key, rule, now) {
      const { start } = windowOf(rule, now);
      const count = read(key, start);
      if (count > 0) counters.set(key, { start, count: count - 1 });
    },
    async reset(key) {
      counters.delete(key);
    },
    async block(key, until) {
      blocks.set(key, Math.max(blocks.get(key) ?? 0, until.getTime()));
    },
    async blockedUntil(key, now) {
      const until = blocks.get(key);
      if (until === undefined || until <= now.getTime()) {
        blocks.delete(key);
        return null;
      }
      return new Date(until);
    },
  };
}

/** Counts one more unless the limit is reached: `{ allowed (0/1), count }`. */
const RESERVE_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then return { 0, count } end
count = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return { 1, count }`;
/** Gives one back, never below zero. */
const RELEASE_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

export function createRedisRateLimiter(redis: Redis): RateLimiter {
  const keyOf = (key: string, start: number) => `fynlo:rl:${key}:${start}`;
  return {
    async hit(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const redisKey = keyOf(key, start);
      const [[, count]] = (await redis
        .multi()
        .incr(redisKey)
        .expire(redisKey, rule.windowSeconds + 1)
        .exec()) as [[unknown, number]];
      return { allowed: count <= rule.limit, count, retryAfterSeconds };
    },
    async peek(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const count = Number((await redis.get(keyOf(key, start))) ?? 0);
      return { allowed: count < rule.limit, count, retryAfterSeconds };
    },
    async reserve(key, rule, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      const [allowed, count] = (await redis.eval(
        RESERVE_SCRIPT,
        1,
        keyOf(key, start),
        rule.limit,
        rule.windowSeconds + 1,
      )) as [number, number];
      return { allowed: allowed === 1, count, retryAfterSeconds };
    },
    async release(key, rule, now) {
      await redis.eval(RELEASE_SCRIPT, 1, keyOf(key, windowOf(rule, now).start));
    },
    async reset(key, rule, now) {
      await redis.del(keyOf(key, windowOf(rule, now).start));
    },
    async block(key, until) {
      // Expires by itself at its end.
      await redis.set(`fynlo:block:${key}`, String(until.getTime()), 'PXAT', until.getTime());
    },
    async blockedUntil(key, now) {
      const until = Number((await redis.get(`fynlo:block:${key}`)) ?? 0);
      return until > now.getTime() ? new Date(until) : null;
    },
  };
}

/**
 * Redis with a local fallback: if Redis stops answering, limits keep working per process (logged)
 * rather than every sign-in and write failing on a Friday night.
 */
export function withFallback(
  primary: RateLimiter,
  fallback: RateLimiter,
  onError: (error: unknown) => void,
): RateLimiter {
  const guard =
    <A extends unknown[], R>(method: (limiter: RateLimiter, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await method(primary, ...args);
      } catch (error) {
        onError(error);
        return method(fallback, ...args);
      }
    };
  return {
    hit: guard((limiter, key: string, rule: RateLimitRule, now: Date) => limiter.hit(key, rule, now)),
    peek: guard((limiter, key: string, rule: RateLimitRule, now: Date) => limiter.peek(key, rule, now)),
    reserve: guard((limiter, key: string, rule: RateLimitRule, now: Date) => limiter.reserve(key, rule, now)),
    release: guard((limiter, key: string, rule: RateLimitRule, now: Date) => limiter.release(key, rule, now)),
    reset: guard((limiter, key: string, rule: RateLimitRule, now: Date) => limiter.reset(key, rule, now)),
    block: guard((limiter, key: string, until: Date) => limiter.block(key, until)),
    blockedUntil: guard((limiter, key: string, now: Date) => limiter.blockedUntil(key, now)),
  };
}

const globalForLimiter = globalThis as unknown as { fynloRateLimiter?: RateLimiter };

export function getRateLimiter(): RateLimiter {
  if (globalForLimiter.fynloRateLimiter) return globalForLimiter.fynloRateLimiter;
  const url = getEnv().REDIS_URL;
  if (!url) {
    globalForLimiter.fynloRateLimiter = createMemoryRateLimiter();
    return globalForLimiter.fynloRateLimiter;
  }
  // Fail fast while Redis is down instead of queueing commands behind a dead connection.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 });
  redis.on('error', () => undefined);
  globalForLimiter.fynloRateLimiter = withFallback(createRedisRateLimiter(redis), createMemoryRateLimiter(), (error) =>
    getLogger().warn({ err: error }, 'Redis rate limiter unavailable; using in-process limits'),
  );
  return globalForLimiter.fynloRateLimiter;
}

/**
 * Whose budget an API write spends: a paired till's own (its queue replays after an outage, for
 * whoever signs in), else the person's.
 */
export function writeBudgetOf(actor: { userId: string; deviceId: string | null }): {
  key: string;
  rule: RateLimitRule;
} {
  return actor.deviceId
    ? { key: `mutations:device:${actor.deviceId}`, rule: RATE_LIMITS.mutationsPerTill }
    : { key: `mutations:${actor.userId}`, rule: RATE_LIMITS.mutationsPerActor };
}

/** The limits, in one place. */
export const RATE_LIMITS = {
  /** Wrong passwords for one email. */
  passwordPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Wrong passwords from one address, whatever the email (a right one gives its attempt back). */
  passwordPerAddress: { limit: 50, windowSeconds: 15 * 60 },
  /**
   * Wrong PINs from one paired device (or, for approvals given without one, one person) before it
   * locks until the window ends. Right PINs give their attempt back.
   */
  pinFailuresPerDevice: { limit: 5, windowSeconds: 5 * 60 },
  /**
   * Wrong PINs across every device of one location: the ceiling for guessing spread over many
   * devices. Above a device's own budget, so one device's guesses never reach it.
   */
  pinFailuresPerLocation: { limit: 25, windowSeconds: 5 * 60 },
  /** "Forgot password?" requests for one email: enough for a lost mail or two, not an inbox flood. */
  passwordResetsPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  /** "Forgot password?" requests from one address, whatever the email. */
  passwordResetsPerAddress: { limit: 20, windowSeconds: 15 * 60 },
  /** Invite and reset links tried from one address (their tokens are 256 bits; this keeps it so). */
  accountLinksPerAddress: { limit: 30, windowSeconds: 15 * 60 },
  /** Pairing codes typed from one address, right or wrong (a code is 40 bits and lives 10 minutes). */
  pairingCodesPerAddress: { limit: 10, windowSeconds: 15 * 60 },
  /** Public receipt and checkout lookups from one address: tokens cannot be guessed by brute force. */
  publicTokenLookupsPerAddress: { limit: 120, windowSeconds: 60 },
  /**
   * First-run setup requests from one address: the token is 256 random bits, so this only keeps a
   * fresh server from spending its CPU on password hashes for whoever finds it.
   */
  setupAttemptsPerAddress: { limit: 20, windowSeconds: 15 * 60 },
  /** API writes per signed-in person away from a till (RATE_LIMIT_WRITES_PER_MINUTE, default 600). */
  get mutationsPerActor() {
    return { limit: getEnv().RATE_LIMIT_WRITES_PER_MINUTE, windowSeconds: 60 };
  },
  /** API writes per paired till, whoever is signed in (RATE_LIMIT_TILL_WRITES_PER_MINUTE, default 6000). */
  get mutationsPerTill() {
    return { limit: getEnv().RATE_LIMIT_TILL_WRITES_PER_MINUTE, windowSeconds: 60 };
  },
} as const satisfies Record<string, RateLimitRule>;
