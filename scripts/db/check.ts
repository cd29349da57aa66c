// npm run db:check: fails when prisma/schema.prisma and prisma/migrations disagree.
// 1. The snapshot the last migration was made from must equal the schema (else: a schema change
//    without its migration).
// 2. A database built from the migrations must have the same tables, columns, indexes,
//    constraints and enums as one built straight from the schema (else: a migration edited by
//    hand into something the schema does not say). Hand-written triggers and functions are extra
//    and not compared. The engine cannot introspect a live database here (it chokes on
//    PostgreSQL's "char" catalog columns), so the comparison reads the catalogs with plain SQL.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { diffSnapshotToSchema, schemaCreateScript, SNAPSHOT_PATH } from './diff.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { applyMigrations } from './migrate.ts';

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`,
};

type Fingerprint = Record<keyof typeof CATALOG_QUERIES, string[]>;

async function fingerprint(url: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Fingerprint = { columns: [], indexes: [], constraints: [], enums: [] };
    for (const [name, sql] of Object.entries(CATALOG_QUERIES) as [keyof Fingerprint, string][]) {
      const { rows } = await client.query(sql);
      result[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

const fromMigrations = await startEmbeddedDatabase({ dataDir: 'memory://' });
const fromSchema = await startEmbeddedDatabase({ dataDir: 'memory://' });
try {
  const pending = await diffSnapshotToSchema(fromSchema.url, existsSync(SNAPSHOT_PATH));
  const applied = await applyMigrations(fromMigrations.url);
  const direct = new pg.Client({ connectionString: fromSchema.url });
  await direct.connect();
  await direct.query(await schemaCreateScript(fromSchema.url));
  await direct.end();
  const [a, b] = await Promise.all([fingerprint(fromMigrations.url), fingerprint(fromSchema.url)]);
  const differences = (Object.keys(CATALOG_QUERIES) as (keyof Fingerprint)[]).flatMap((name) => {
    const onlyMigrations = a[name]
      .filter((row) => !b[name].includes(row))
      .map((row) => `  migrations only ${name}: ${row}`);
    const onlySchema = b[name].filter((row) => !a[name].includes(row)).map((row) => `  schema only ${name}: ${row}`);
    return [...onlyMigrations, ...onlySchema];
  });
  if (pending) {
    console.error(
      'prisma/schema.prisma changed since the last migration. Run `npm run db:migration -- <name>`.\n' + pending,
    );
    process.exitCode = 1;
  } else if (differences.length > 0) {
    console.error('The migrations do not build the database the schema describes:\n' + differences.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(
      `Schema and migrations agree (${applied.length} migrations, ${a.columns.length} columns, ${a.indexes.length} indexes).`,
    );
  }
} finally {
  await Promise.all([fromMigrations.stop(), fromSchema.stop()]);
}
