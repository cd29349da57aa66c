import { describe, expect, it } from 'vitest';
import { normalizeAddress, resolveClientAddress, trustedProxies } from './trusted-proxies';

describe('trusted proxies', () => {
  const trusted = trustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);

  it.each([
    ['127.0.0.1', true],
    ['::ffff:127.0.0.1', true],
    ['10.200.3.4', true],
    ['11.0.0.1', false],
    ['fd12::1', true],
    ['fe80::1', false],
    ['not-an-address', false],
  ])('%s is trusted: %s', (address, expected) => {
    expect(trusted.has(address)).toBe(expected);
  });

  it('trusts nobody when none are configured (the default)', () => {
    expect(trustedProxies([]).has('127.0.0.1')).toBe(false);
  });

  it('normalises dual-stack IPv4 and bracketed IPv6', () => {
    expect(normalizeAddress('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(normalizeAddress('[FD00::1]')).toBe('fd00::1');
  });
});

describe('resolveClientAddress', () => {
  const trusted = trustedProxies(['10.0.0.0/8']);
  it.each([
    ['a direct client is itself, whatever it claims', '192.168.1.20', '1.2.3.4', '192.168.1.20'],
    ['a trusted proxy names the client it appended', '10.0.0.5', '1.2.3.4, 203.0.113.9', '203.0.113.9'],
    ['proxies of ours in the chain are skipped', '10.0.0.5', '203.0.113.9, 10.0.0.6', '203.0.113.9'],
    ['a proxy that names nobody is the client', '10.0.0.5', null, '10.0.0.5'],
    ['an unknown connection is one shared "unknown"', null, '1.2.3.4', 'unknown'],
  ])('%s', (_title, peer, forwardedFor, expected) => {
    expect(resolveClientAddress({ peer, forwardedFor, trusted })).toBe(expected);
  });
});
