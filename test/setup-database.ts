// Runs in every integration test file before its tests: a fresh database cloned from the run's
// template (PGlite in memory, or a new PostgreSQL database), wired in as DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { startEmbeddedDatabase } from '../scripts/db/embedded';
import { setTestEnv, TEST_AUTH_SECRET, testLogLevel } from './test-env';

const template = inject('databaseTemplate');

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (template.kind === 'pglite') {
    const blob = new Blob([await readFile(template.file)]);
    const database = await startEmbeddedDatabase({ dataDir: 'memory://', loadDataDir: blob });
    return { url: database.url, drop: () => database.stop() };
  }
  const name = `fynlo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.templateName}"`);
  await admin.end();
  const url = new URL(template.serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: template.serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const database = await createDatabase();
setTestEnv({
  DATABASE_URL: database.url,
  AUTH_SECRET: TEST_AUTH_SECRET,
  LOG_LEVEL: testLogLevel(),
  // No sidecar unless a test starts one (and points this at it): nothing listens on port 9.
  REALTIME_INTERNAL_URL: 'http://127.0.0.1:9',
  DATABASE_POOL_SIZE: template.kind === 'pglite' ? '1' : '4',
});
resetEnvForTests();

afterAll(async () => {
  await disconnectDb();
  await database.drop();
});
