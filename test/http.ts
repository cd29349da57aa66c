// Drives route handlers with real Request objects, exactly as Next calls them, against the test
// file's database. Sessions are minted the way next-auth mints them (same JWT, same cookie).
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from '@/lib/server/http/peer-stamp';
import { TEST_AUTH_SECRET } from './test-env';

// As in the Next.js process (instrumentation.ts): requests carry their connection's address.
stampPeerAddresses();

export const BASE_URL = 'http://localhost:3000';

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type Session = {
  userId: string;
  locationId: string;
  sessionVersion?: number;
  deviceId?: string | null;
  /** The session's own id (next-auth draws one at each sign-in). */
  sessionId?: string;
  /** As set over https: the __Host- cookie. */
  secure?: boolean;
};

export async function sessionCookie({
  userId,
  locationId,
  sessionVersion = 1,
  deviceId = null,
  sessionId = randomUUID(),
  secure = false,
}: Session): Promise<string> {
  const name = secure ? '__Host-fynlo.session' : 'fynlo.session';
  const token = await encode({
    token: { sub: userId, lid: locationId, sv: sessionVersion, did: deviceId, sid: sessionId },
    secret: TEST_AUTH_SECRET,
    salt: name,
    maxAge: 3600,
  });
  return `${name}=${token}`;
}

export type CallOptions = {
  method?: string;
  path: string;
  params?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as-is. */
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
  /** The address the request's connection came from, as the peer stamp records it. */
  from?: string;
};

export async function call(
  handler: Handler,
  { method = 'GET', path, params = {}, body, cookie, headers = {}, from }: CallOptions,
) {
  const init: RequestInit = {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(from ? { [PEER_ADDRESS_HEADER]: from } : {}), ...headers },
  };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json', ...init.headers };
  }
  const response = await handler(new Request(`${BASE_URL}${path}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return {
    status: response.status,
    headers: response.headers,
    body: json as Record<string, unknown> & { error?: { code: string; message: string; details?: unknown } },
  };
}

/**
 * Sends guesses until one is refused (429), returning every status seen. Limits use fixed windows,
 * so a run that straddles a window boundary can need up to twice the limit, plus one.
 */
export async function guessUntilLimited(limit: number, guess: (attempt: number) => Promise<number>) {
  const statuses: number[] = [];
  for (let attempt = 0; attempt <= limit * 2 && !statuses.includes(429); attempt += 1)
    statuses.push(await guess(attempt));
  return statuses;
}
