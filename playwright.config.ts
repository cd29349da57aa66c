/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

/**
 * E2E runs the real app the way a newcomer does (`npm start`: embedded database, migrations, demo
 * seed, production build) on its own port and data folder, in Debian's Chromium.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /office\/settings\.spec/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // Settings change the whole location (e.g. a service charge on every bill): run them after
    // everything else, so no till test prices a bill meanwhile.
    {
      name: 'settings',
      testMatch: /office\/settings\.spec/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: 'rm -rf .data/e2e && npm start',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // `npm start` builds first when the code changed since the last build (CI: always), a few minutes.
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      REALTIME_PORT: String(port + 1),
      FYNLO_DATA_DIR: '.data/e2e',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
