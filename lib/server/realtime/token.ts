// The short-lived token a screen shows the realtime sidecar on its socket.io handshake. Signed with
// a key derived from AUTH_SECRET (HMAC-SHA256), so the app issues it and the sidecar verifies it
// without a shared database round trip; it expires in minutes, and the sidecar drops a socket
// whose token has expired. It names the session version and device it was issued under, so the
// sidecar also drops it the moment a sign-out, deactivation or revocation reaches the outbox.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { type TRealtimeTokenClaims, ZRealtimeTokenClaims } from '@/lib/schemas/realtime';

export const REALTIME_TOKEN_TTL_SECONDS = 10 * 60;

function signingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'fynlo', 'realtime token v1', 32));
}

const keys = new Map<string, Buffer>();
const keyFor = (secret: string) => keys.get(secret) ?? keys.set(secret, signingKey(secret)).get(secret)!;

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', keyFor(secret)).update(body).digest();
}

export function signRealtimeToken(claims: TRealtimeTokenClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(ZRealtimeTokenClaims.parse(claims))).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** The token's claims, or null when it is malformed, forged or expired. */
export function verifyRealtimeToken(token: unknown, secret: string, now = Date.now()): TRealtimeTokenClaims | null {
  if (typeof token !== 'string' || token.length > 4096) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = ZRealtimeTokenClaims.safeParse(json);
  if (!claims.success || claims.data.exp * 1000 <= now) return null;
  return claims.data;
}
