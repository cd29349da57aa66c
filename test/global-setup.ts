// Builds one migrated, seeded template database per test run; each test file then gets its own
// copy (setup-database.ts), so files run in parallel without sharing state.
// PGlite by default; PostgreSQL when TEST_DATABASE_URL points at a server.
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../scripts/db/embedded';
import { prepareDatabase } from '../scripts/prepare-database';
import { setTestEnv, TEST_AUTH_SECRET, testDatabaseServerUrl } from './test-env';

declare module 'vitest' {
  // Module augmentation must use an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; serverUrl: string; templateName: string };
  }
}

function withDatabase(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  setTestEnv({ AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'silent' });
  const serverUrl = testDatabaseServerUrl();
  if (!serverUrl) {
    const database = await startEmbeddedDatabase({ dataDir: 'memory://' });
    const file = path.join(os.tmpdir(), `fynlo-test-template-${process.pid}-${randomBytes(4).toString('hex')}.tar.gz`);
    try {
      await prepareDatabase(database.url);
      const dump = await database.dumpDataDir();
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.stop();
    }
    project.provide('databaseTemplate', { kind: 'pglite', file });
    return async () => rm(file, { force: true });
  }
  const templateName = `fynlo_template_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${templateName}"`);
  await admin.end();
  await prepareDatabase(withDatabase(serverUrl, templateName));
  project.provide('databaseTemplate', { kind: 'postgres', serverUrl, templateName });
  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
    await cleanup.end();
  };
}
