// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL from the last snapshot to prisma/schema.prisma, then moves the snapshot forward.
// Hand-written SQL (triggers, functions) may be appended to the new file before it is committed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { diffSnapshotToSchema, SCHEMA_PATH, SNAPSHOT_PATH } from './diff.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { MIGRATIONS_DIR } from './migrate.ts';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(2);
}
const database = await startEmbeddedDatabase({ dataDir: 'memory://' });
try {
  const sql = await diffSnapshotToSchema(database.url, existsSync(SNAPSHOT_PATH));
  if (!sql) {
    console.log('The schema matches the last migration: nothing to do.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'migration.sql'), sql);
    await copyFile(SCHEMA_PATH, SNAPSHOT_PATH);
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
  }
} finally {
  await database.stop();
}
