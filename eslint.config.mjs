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

const readsEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through lib/env.ts (getEnv()).',
};
const themeToken = 'Use the theme token (rounded-tile, rounded-sheet, shadow-sheet, bg-brand…), not [var(--…)].';
const skeleton =
  'Loading placeholders are <Skeleton> (components/ui/skeleton.tsx); a pulsing status uses motion-safe:animate-pulse.';
const uiRules = [
  { selector: 'Literal[value=/\\[var\\(--/]', message: themeToken },
  { selector: 'TemplateElement[value.raw=/\\[var\\(--/]', message: themeToken },
  { selector: 'Literal[value=/(^|\\s)animate-pulse/]', message: skeleton },
  { selector: 'TemplateElement[value.raw=/(^|\\s)animate-pulse/]', message: skeleton },
];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
      'public/sw.js',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', readsEnv],
    },
  },
  // Screens use the theme's names (ui.md tokens, app/globals.css @theme) and the shared primitives.
  {
    files: ['components/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', readsEnv, ...uiRules] },
  },
  { files: ['lib/env.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['lib/domain/**'], rules: restrict(impure) },
  {
    files: ['app/**'],
    ignores: ['app/api/**'],
    rules: { ...restrict(noApp, noDatabase), 'no-restricted-syntax': ['error', readsEnv, noQueries, ...uiRules] },
  },
  {
    files: ['app/api/**'],
    rules: {
      ...restrict(noApp, noDatabase, {
        group: ['@/components/*', '@/lib/client/*'],
        message: 'Routes are thin adapters: wrapper → one lib/server call.',
      }),
      'no-restricted-syntax': ['error', readsEnv, noQueries],
    },
  },
  {
    files: ['components/**', 'lib/client/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      ...restrict(noApp, noServer),
      // The contract's zod schemas stay on the server: the browser calls endpoints by name
      // (lib/client/call-api.ts), typed from the contract without shipping it.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/schemas/api', '**/schemas/api'],
              allowTypeImports: true,
              message: 'Call endpoints with callApi(name, …); import the contract only as a type.',
            },
          ],
        },
      ],
    },
  },
  { files: ['components/**/*.test.ts*', 'lib/client/**/*.test.ts*'], rules: restrict(noApp, noServer) },
  { files: ['lib/server/**', 'lib/db.ts', 'server/**', 'worker/**'], rules: restrict(noApp, noUi) },
  // Every change runs in writeTransaction (its Idempotency-Key, then recordChange's audit row and
  // events): no use case opens a transaction of its own. The test bank's own books are not ours.
  {
    files: ['lib/server/**'],
    ignores: ['lib/server/write/write-transaction.ts', 'lib/server/payments/providers/sandbox-bank.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        readsEnv,
        {
          selector: "MemberExpression[property.name='$transaction']",
          message: 'Open the change with writeTransaction (lib/server/write/write-transaction.ts).',
        },
      ],
    },
  },
  // Payments (the ledger, providers, provider reports, refunds) know nothing of QR checkouts or of
  // scheduled jobs; checkouts build on payments; only the worker (and tests) run jobs.
  {
    files: ['lib/server/payments/**'],
    rules: restrict(noApp, noUi, {
      group: ['../checkout/*', '../../checkout/*', '@/lib/server/checkout/*', '../jobs/*', '@/lib/server/jobs/*'],
      message: 'lib/server/payments must not import checkout or jobs: checkout builds on payments.',
    }),
  },
  {
    files: ['lib/server/checkout/**'],
    rules: restrict(noApp, noUi, {
      group: ['../jobs/*', '@/lib/server/jobs/*'],
      message: 'Use cases do not import scheduled jobs; the worker calls use cases.',
    }),
  },
  // Playwright's waitForFunction takes the promise an async predicate returns for "true" and
  // never waits: poll page.evaluate with expect.poll instead.
  {
    files: ['e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        readsEnv,
        {
          selector:
            "CallExpression[callee.property.name='waitForFunction'] > :matches(ArrowFunctionExpression, FunctionExpression)[async=true]",
          message: 'waitForFunction never waits on an async predicate: use expect.poll(() => page.evaluate(…)).',
        },
      ],
    },
  },
  {
    files: ['lib/schemas/**'],
    rules: restrict(noApp, noServer, {
      group: ['@/components/*', '@/lib/client/*'],
      message: 'Schemas are shared; they import no UI.',
    }),
  },
];

export default config;
