import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanUrls } from './lan-urls';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  family: 'IPv4',
  internal,
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  family: 'IPv6',
  internal: false,
  netmask: 'ffff:ffff:ffff:ffff::',
  mac: '00:00:00:00:00:00',
  cidr: `${address}/64`,
  scopeid: 0,
});

describe('start banner: LAN addresses for tills and phones', () => {
  const interfaces = {
    lo: [v4('127.0.0.1', true)],
    wlan0: [v4('192.168.1.20'), v6('fe80::1')],
    eth0: [v4('10.0.0.7')],
    usb0: [v4('169.254.10.2')],
  };

  it('lists every reachable IPv4 address with the port, never loopback or link-local', () => {
    expect(lanUrls(interfaces, { hostname: '0.0.0.0', port: 3000 })).toEqual([
      'http://192.168.1.20:3000',
      'http://10.0.0.7:3000',
    ]);
  });

  it('lists none when the app listens on one address only (e.g. HOSTNAME=127.0.0.1)', () => {
    expect(lanUrls(interfaces, { hostname: '127.0.0.1', port: 3000 })).toEqual([]);
  });
});
