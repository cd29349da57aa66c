// The one reader of process.env. Every setting the app understands is declared, documented in
// .env.example and validated here; code asks getEnv() and gets typed values or a clear error.
import { isIP } from 'node:net';
import { z } from 'zod';

const ZOptionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.url().optional());

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** PostgreSQL connection string. Unset: `npm start` runs the embedded PGlite database. */
    DATABASE_URL: ZOptionalUrl,
    /**
     * Connections per process (default 10). `npm start` uses 4 for the embedded database: PGlite
     * runs one query at a time, and its socket server keeps each connection's batch and transaction
     * together (scripts/db/protocol-queue.ts).
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Signs session JWTs and device cookies. `npm start` generates one under .data/ for the demo. */
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    /**
     * The address customers reach the app at, e.g. https://pos.example.com: pay links, receipt links
     * and bank return addresses use it. Unset: the origin the till's own request came to (a till
     * opened at http://192.168.1.20:3000 makes QR codes for http://192.168.1.20:3000/pay/…).
     */
    PUBLIC_URL: ZOptionalUrl,
    /**
     * Reverse proxies whose X-Forwarded-For / -Host / -Proto headers are believed: a comma-separated
     * list of addresses and CIDR ranges (e.g. `127.0.0.1, 10.0.0.0/8`). Default: none, so per-address
     * limits count the connection's own address and nobody can pick another by sending a header.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isAddressOrRange, 'expected IP addresses or CIDR ranges, comma-separated'))),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().default('0.0.0.0'),
    REALTIME_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
    /**
     * Where browsers reach the realtime sidecar, when not on the page's own host at REALTIME_PORT
     * (e.g. https://pos.example.com behind a proxy that routes /socket.io to it).
     */
    REALTIME_PUBLIC_URL: ZOptionalUrl,
    /** Where the app reaches the sidecar for /api/health (default http://127.0.0.1:REALTIME_PORT). */
    REALTIME_INTERNAL_URL: ZOptionalUrl,
    /**
     * Whether the sidecar LISTENs for the outbox NOTIFY (PostgreSQL) or polls every 200 ms (the
     * embedded database; `npm start` sets false for it). Default true.
     */
    REALTIME_LISTEN: z.enum(['true', 'false']).default('true'),
    /** SMTP server for emailed receipts, e.g. smtp://user:pass@smtp.example.com:587. Unset: the till shows a QR. */
    SMTP_URL: ZOptionalUrl,
    /** The From address of emailed receipts. */
    SMTP_FROM: z.string().default('Fynlo POS <receipts@fynlo.invalid>'),
    /**
     * Who runs pay by bank: `sandbox` (the built-in test bank, no real money moves) or `truelayer`
     * (needs the TRUELAYER_* settings). Unset: `sandbox` for demos and development; none when
     * NODE_ENV=production, where pay by bank stays hidden until a provider is chosen (see getEnv).
     */
    OPEN_BANKING_PROVIDER: z.enum(['sandbox', 'truelayer']).optional(),
    /** TrueLayer client credentials and signing key (Console → Settings). */
    TRUELAYER_CLIENT_ID: z.string().optional(),
    TRUELAYER_CLIENT_SECRET: z.string().optional(),
    /** The id of the public key uploaded to TrueLayer, and its private key (PEM, EC P-521). */
    TRUELAYER_SIGNING_KEY_ID: z.string().optional(),
    TRUELAYER_SIGNING_PRIVATE_KEY: z.string().optional(),
    /** The venue's merchant account id at TrueLayer (GBP). */
    TRUELAYER_MERCHANT_ACCOUNT_ID: z.string().optional(),
    /** `sandbox` (default) or `live`: picks TrueLayer's hosts. */
    TRUELAYER_ENVIRONMENT: z.enum(['sandbox', 'live']).default('sandbox'),
    /** Stripe secret key (sk_…). Unset: Apple Pay, Google Pay and card are hidden on the pay page. */
    STRIPE_SECRET_KEY: z.string().optional(),
    /** Stripe publishable key (pk_…), sent to the customer's phone. */
    STRIPE_PUBLISHABLE_KEY: z.string().optional(),
    /** Signing secret of the /api/webhooks/stripe endpoint (whsec_…). */
    STRIPE_WEBHOOK_SECRET: z.string().optional(),
    /** The venue's connected account (acct_…): charges go to it and the platform fee to us. */
    STRIPE_CONNECTED_ACCOUNT_ID: z.string().optional(),
    /** Apple Pay's domain association file contents (from the Stripe dashboard), served when set. */
    APPLE_PAY_DOMAIN_ASSOCIATION: z.string().optional(),
    /** Platform fee per QR payment in basis points (default 100 = 1 %). */
    PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(1000).default(100),
    /** When set, rate limits are shared across app nodes through Redis. */
    REDIS_URL: ZOptionalUrl,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Where the embedded database, the generated demo secret and other local state live. */
    FYNLO_DATA_DIR: z.string().default('.data'),
    /** Fixed port for the embedded database (0: any free port). Never 5432, a real PostgreSQL may be there. */
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    /** API writes allowed per signed-in person per minute (a busy till makes a few a second). */
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /**
     * API writes allowed per paired till per minute, whoever is signed in on it: a till back from a
     * long outage replays its queue as fast as the server answers (500 orders are 1,500 changes).
     */
    RATE_LIMIT_TILL_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(6000),
    /**
     * Seed the demo café (with its well-known logins) into an empty database. Default: yes, except
     * when NODE_ENV=production, where a real venue must never get demo passwords.
     */
    FYNLO_SEED_DEMO: z.enum(['true', 'false']).optional(),
    /**
     * Test-only crash point, e.g. `crash-after-commit:/api/v1/orders/{id}/payments`: the process
     * kills itself right after that endpoint's change commits (lib/server/failpoints.ts). Refused when
     * NODE_ENV=production.
     */
    FYNLO_FAILPOINT: z
      .string()
      .regex(/^crash-after-commit:\/api\/\S+$/, 'FYNLO_FAILPOINT is crash-after-commit:<endpoint path>')
      .optional(),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.FYNLO_FAILPOINT), {
    message: 'FYNLO_FAILPOINT is for tests and is refused when NODE_ENV=production',
    path: ['FYNLO_FAILPOINT'],
  });

/** An IPv4/IPv6 address, or one with a prefix length (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The test bank is never a silent default where real money is taken: in production pay by bank
 * is off (null) until OPEN_BANKING_PROVIDER names a provider (`sandbox` only on purpose, for a demo).
 */
const withDefaults = (env: z.output<typeof ZEnv>) => ({
  ...env,
  OPEN_BANKING_PROVIDER: env.OPEN_BANKING_PROVIDER ?? (env.NODE_ENV === 'production' ? null : ('sandbox' as const)),
});

export type TEnv = ReturnType<typeof withDefaults>;

let cached: TEnv | undefined;

/** Parses the environment once; throws an Error that lists every bad variable. */
export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment (see .env.example):\n${problems}`);
  }
  cached = withDefaults(parsed.data);
  return cached;
}

/** Whether `npm start` may seed the demo café into an empty database. */
export function shouldSeedDemo(): boolean {
  const env = getEnv();
  return env.FYNLO_SEED_DEMO ? env.FYNLO_SEED_DEMO === 'true' : env.NODE_ENV !== 'production';
}

/** The session/device signing secret; absent only where a process was started wrongly. */
export function getAuthSecret(): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      'AUTH_SECRET is not set. Set it (openssl rand -base64 32) or start with `npm start`, which creates one for the demo.',
    );
  }
  return secret;
}

/** For tests: forget the parsed environment so a changed process.env is read again. */
export function resetEnvForTests() {
  cached = undefined;
}

/** The environment for a child process the launcher starts: this one's, with overrides. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', ...overrides };
}

/** Loads `.env` into the environment when present (Next does the same for its own process). */
export function loadDotEnv(file = '.env') {
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  cached = undefined;
}
