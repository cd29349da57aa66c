import type { NextConfig } from 'next';
import { getEnv } from './lib/env';

const isDev = getEnv().NODE_ENV !== 'production';

/**
 * Content Security Policy for staff screens. Next's inline bootstrap scripts need 'unsafe-inline'
 * without nonces; everything else is locked to this origin. The customer pay page (/pay/…) is the
 * one page that loads a third party (Stripe.js): it gets a strict nonce-based policy from proxy.ts
 * instead (lib/security/pay-page-csp.ts), so this one is not sent there.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The realtime sidecar listens on REALTIME_PORT of whichever host the page came from (a till on
  // the café's LAN may use an IP), so its websocket origin is not known when this is built.
  "connect-src 'self' ws: wss:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(self)' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

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
      { source: '/:path((?!pay/).*)', headers: securityHeaders },
      { source: '/pay/:token', headers: securityHeaders.filter((header) => header.key !== 'Content-Security-Policy') },
    ];
  },
};

export default nextConfig;
