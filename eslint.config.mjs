// Lint rules, including the dependency direction of style.md §2:
//   UI chain:     app → components → lib/client → lib/domain, lib/schemas
//   server chain: app/api, server/ → lib/server → lib/db, lib/domain, lib/schemas
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noApp = { group: ['@/app/*', '**/app/*'], message: 'Nothing imports app/: routes are entry points.' };
const noServer = {
  group: ['@/lib/server/*', '@/lib/db', '**/lib/server/*'],
  message: 'UI code must not import server code or the database.',
};
const noUi = {
  group: ['@/components/*', '@/lib/client/*', 'react', 'react-dom', 'next/link', 'next/image'],
  message: 'Server code must not import UI code.',
};
const impure = {
  group: [
    '@/lib/*',
    '!@/lib/domain',
    '!@/lib/domain/*',
    'react',
    'next',
    'next/*',
    '@prisma/*',
    'socket.io',
    'node:*',
    'zod',
  ],
  message: 'lib/domain is pure: it imports only itself (no I/O, no frameworks).',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through lib/env.ts (getEnv()).',
};
/** app/ is entry points only: pages and routes hand the database to lib/server use cases. */
const noDatabase = {
  group: ['@/lib/db', '**/lib/db', '@/lib/generated/*', '**/lib/generated/*', '@prisma/*'],
  message: 'Pages and routes call lib/server use cases; they never import the database or Prisma.',
};
const noQueries = {
  selector: 'MemberExpression[object.name=/^(db|tx)$/]',
  message: 'Pass db to a lib/server use case; pages and routes never query it themselves.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', noProcessEnv],
    },
  },
  { files: ['lib/env.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['lib/domain/**'], rules: restrict(impure) },
  {
    files: ['app/**'],
    ignores: ['app/api/**'],
    rules: { ...restrict(noApp, noDatabase), 'no-restricted-syntax': ['error', noProcessEnv, noQueries] },
  },
  {
    files: ['app/api/**'],
    rules: {
      ...restrict(noApp, noDatabase, {
        group: ['@/components/*', '@/lib/client/*'],
        message: 'Routes are thin adapters: wrapper → one lib/server call.',
      }),
      'no-restricted-syntax': ['error', noProcessEnv, noQueries],
    },
  },
  { files: ['components/**', 'lib/client/**'], rules: restrict(noApp, noServer) },
  { files: ['lib/server/**', 'lib/db.ts', 'server/**'], rules: restrict(noApp, noUi) },
  {
    files: ['lib/schemas/**'],
    rules: restrict(noApp, noServer, {
      group: ['@/components/*', '@/lib/client/*'],
      message: 'Schemas are shared; they import no UI.',
    }),
  },
];

export default config;
