// Settings every test process shares. Tests may write process.env; product code may not.
/* eslint-disable no-restricted-syntax */
export const TEST_AUTH_SECRET = 'test-secret-for-fynlo-integration-tests-only-0123456789';

export function testDatabaseServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function setTestEnv(values: Record<string, string>) {
  Object.assign(process.env, values);
}

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
}

export function unsetTestEnv(names: readonly string[]) {
  for (const name of names) delete process.env[name];
}

/** TEST_LOG_LEVEL=error shows the app's error logs while a test runs (default: silent). */
export function testLogLevel(): string {
  return process.env.TEST_LOG_LEVEL || 'silent';
}
