// Where tills and phones on the café's network reach this machine, for the start banner.
import type { NetworkInterfaceInfo } from 'node:os';

/** Hosts on which a listener bound to `hostname` is reachable from other machines. */
const LISTENS_EVERYWHERE = new Set(['0.0.0.0', '::', '']);

/**
 * `http://{address}:{port}` for each IPv4 address of this machine that other devices can reach
 * (not loopback, not link-local), when the app listens on every interface; else none.
 */
export function lanUrls(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  options: { hostname: string; port: number },
): string[] {
  if (!LISTENS_EVERYWHERE.has(options.hostname)) return [];
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal && !address.address.startsWith('169.254.'))
    .map((address) => `http://${address.address}:${options.port}`);
}
