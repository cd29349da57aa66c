import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { configuredTrustedProxies } from './trusted-proxies';

/**
 * Next.js gives route handlers and pages no socket address (NextRequest.ip was removed in Next 15,
 * and `next start` only fills X-Forwarded-For when the client sent none), so whoever sends that
 * header picks their own address. This stamps the connection's real address and protocol on every
 * incoming request, in this process, before Next.js sees it, overwriting anything a client sent
 * under the same names. Node publishes `http.server.request.start` (node:diagnostics_channel)
 * synchronously, before the server's 'request' listeners run.
 */
export const PEER_ADDRESS_HEADER = 'x-fynlo-peer-address';
export const PEER_PROTOCOL_HEADER = 'x-fynlo-peer-protocol';

/** The forwarding headers a client may forge; Next.js fills the x-forwarded-* ones again from the socket. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
];

const INSTALLED = Symbol.for('fynlo.peerStamp');
const registry = globalThis as unknown as Record<symbol, boolean | undefined>;

/** Whether this process stamps requests (so the stamped headers can be believed). */
export function isPeerStampInstalled(): boolean {
  return registry[INSTALLED] === true;
}

/**
 * Installs the stamp once per process (instrumentation.ts for Next.js; tests that serve handlers
 * over real HTTP). A connection that is not from a trusted proxy also loses its forwarding headers,
 * so Next.js, next-auth and our own code all see only what the connection itself says.
 */
export function stampPeerAddresses(): void {
  if (isPeerStampInstalled()) return;
  registry[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket & { encrypted?: boolean } };
    const peer = socket.remoteAddress ?? '';
    request.headers[PEER_ADDRESS_HEADER] = peer;
    request.headers[PEER_PROTOCOL_HEADER] = socket.encrypted ? 'https' : 'http';
    if (!configuredTrustedProxies().has(peer)) {
      for (const name of FORWARDING_HEADERS) delete request.headers[name];
    }
  });
}
