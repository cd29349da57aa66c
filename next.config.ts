import type { NextConfig } from 'next';
import { getEnv } from './lib/env';
import { staffCsp } from './lib/security/staff-csp';

const isDev = getEnv().NODE_ENV !== 'production';

/**
 * Content Security Policy for staff screens (lib/security/staff-csp.ts). The customer pay page
 * (/pay/…), the one page that loads a third party (Stripe.js), gets a strict nonce-based policy
 * from proxy.ts instead (lib/security/pay-page-csp.ts); the test bank's pages (/sandbox-bank/…) get
 * theirs from proxy.ts too, built at run time from PUBLIC_URL. So this one is not sent there.
 */
const csp = staffCsp({ isDev });

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(self)' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const withoutCsp = securityHeaders.filter((header) => header.key !== 'Content-Security-Policy');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression belongs to the reverse proxy; on a café LAN it only costs the till's server CPU.
  compress: false,
  reactStrictMode: true,
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    'pg',
    'pino',
    'ioredis',
    '@prisma/adapter-pg',
  ],
  typedRoutes: false,
  async headers() {
    return [
      { source: '/:path((?!pay/|sandbox-bank/).*)', headers: securityHeaders },
      { source: '/pay/:token', headers: withoutCsp },
      { source: '/sandbox-bank/:path*', headers: withoutCsp },
    ];
  },
};

export default nextConfig;
