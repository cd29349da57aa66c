import 'server-only';
import { isPeerStampInstalled, PEER_ADDRESS_HEADER, PEER_PROTOCOL_HEADER } from './peer-stamp';
import { configuredTrustedProxies, resolveClientAddress } from './trusted-proxies';

/** The connection's own address as stamped by this process (never a client's word), or null. */
function peerOf(request: Request): string | null {
  return isPeerStampInstalled() ? request.headers.get(PEER_ADDRESS_HEADER) || null : null;
}

/** Whether the request reached us through one of TRUSTED_PROXIES, whose forwarding headers count. */
function isFromTrustedProxy(request: Request): boolean {
  const peer = peerOf(request);
  return peer !== null && configuredTrustedProxies().has(peer);
}

const firstValue = (header: string | null) => header?.split(',')[0]?.trim() || null;

/**
 * The caller's address for per-address limits: the connection's own address, or — only when that
 * connection is one of TRUSTED_PROXIES — the client its X-Forwarded-For names. 'unknown' when the
 * request did not come through this process's HTTP server (nothing to believe).
 */
export function clientAddress(request: Request): string {
  return resolveClientAddress({
    peer: peerOf(request),
    forwardedFor: request.headers.get('x-forwarded-for'),
    trusted: configuredTrustedProxies(),
  });
}

/**
 * The origin the browser used for this request (`http://192.168.1.20:3000`): its Host header and
 * the connection's protocol, or X-Forwarded-Host / -Proto when a trusted proxy sent them. Not
 * `request.url`: under `next start` that names the address Next listens on, not the one called.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const viaProxy = isFromTrustedProxy(request);
  const forwardedProto = viaProxy ? firstValue(request.headers.get('x-forwarded-proto')) : null;
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http'
      ? forwardedProto
      : (request.headers.get(PEER_PROTOCOL_HEADER) ?? url.protocol.slice(0, -1));
  const host = (viaProxy ? firstValue(request.headers.get('x-forwarded-host')) : null) ?? request.headers.get('host');
  if (!host) return url.origin;
  try {
    const origin = new URL(`${protocol === 'https' ? 'https' : 'http'}://${host}`);
    // A Host header is one host[:port]; anything else (a path, credentials, a query) is not an origin.
    const isBareHost = origin.pathname === '/' && !origin.username && !origin.password && !origin.search;
    return isBareHost && !host.includes('#') ? origin.origin : url.origin;
  } catch {
    return url.origin;
  }
}

/** Whether the browser reached us over https (directly, or through a trusted proxy that says so). */
export function isSecureRequest(request: Request): boolean {
  return requestOrigin(request).startsWith('https:');
}
