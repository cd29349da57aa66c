import 'server-only';
import { BlockList, isIP } from 'node:net';
import { getEnv } from '@/lib/env';

/**
 * Who may speak for a client: the reverse proxies listed in TRUSTED_PROXIES. Anyone can send an
 * X-Forwarded-For header; only a connection from one of these is believed when it does.
 */
export type TrustedProxies = { has(address: string): boolean };

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) is the same client as `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed.toLowerCase();
}

/** Builds the matcher from TRUSTED_PROXIES entries (addresses and CIDR ranges, validated by lib/env.ts). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(normalizeAddress(address), family);
    else list.addSubnet(normalizeAddress(address), Number(prefix), family);
  }
  return {
    has(address) {
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && entries.length > 0 && list.check(normalized, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

let configured: { entries: readonly string[]; trusted: TrustedProxies } | null = null;

/** TRUSTED_PROXIES, built once per parsed environment. */
export function configuredTrustedProxies(): TrustedProxies {
  const entries = getEnv().TRUSTED_PROXIES;
  if (configured?.entries !== entries) configured = { entries, trusted: trustedProxies(entries) };
  return configured.trusted;
}

/**
 * The client behind a connection. A connection from anyone but a trusted proxy is the client
 * itself, whatever it claims. From a trusted proxy, X-Forwarded-For is read from the nearest hop
 * outwards, skipping our own proxies: the first hop they did not add is the client (anything to
 * its left was written by the client and is ignored). `peer` null: the connection is unknown.
 */
export function resolveClientAddress(options: {
  peer: string | null;
  forwardedFor: string | null;
  trusted: TrustedProxies;
}): string {
  const { peer, forwardedFor, trusted } = options;
  if (!peer) return 'unknown';
  if (!trusted.has(peer)) return normalizeAddress(peer);
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => normalizeAddress(hop))
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    if (!trusted.has(hops[index]!)) return hops[index]!;
  }
  return hops[0] ?? normalizeAddress(peer);
}
