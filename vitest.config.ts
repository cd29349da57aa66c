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
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses;
          // bundled by Vite it resolves, so sign-in runs through the real next-auth handlers.
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
          setupFiles: ['test/setup-database.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
