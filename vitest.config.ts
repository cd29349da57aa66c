import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = {
  '@': root,
  // `server-only` throws outside Next's server bundles; tests run server code directly.
  'server-only': path.join(root, 'test/server-only-stub.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'scripts/**/*.test.ts',
            'server/**/*.test.ts',
            'lib/server/**/*.test.ts',
            'lib/domain/**/*.test.ts',
            'lib/schemas/**/*.test.ts',
            'lib/client/**/*.test.ts',
            'lib/security/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // next-auth imports `next/server` without its extension, which Node's ESM loader refuses;
          // inlined, vite resolves it, so tests can drive the real /api/auth route handlers.
          server: { deps: { inline: ['next-auth'] } },
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-database.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
