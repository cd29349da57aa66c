// Schema diffs through Prisma's WebAssembly schema engine: the SQL for a new migration, and the
// check that a database built from the migrations matches prisma/schema.prisma.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openSchemaEngine } from './schema-engine.ts';

export const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');
/** The schema as of the newest migration; a new migration is the diff from it to the schema. */
export const SNAPSHOT_PATH = path.resolve(import.meta.dirname, '../../prisma/migrations/schema.snapshot.prisma');

const noFilters = { externalTables: [], externalEnums: [] };

async function datamodel(file: string) {
  return {
    tag: 'schemaDatamodel' as const,
    files: [{ path: path.basename(file), content: await readFile(file, 'utf8') }],
  };
}

/** SQL that takes a database at the snapshot to the current schema ('' when nothing changed). */
export async function diffSnapshotToSchema(url: string, hasSnapshot: boolean): Promise<string> {
  const engine = await openSchemaEngine(SCHEMA_PATH, url);
  try {
    const from = hasSnapshot ? await datamodel(SNAPSHOT_PATH) : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: await datamodel(SCHEMA_PATH),
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilters,
    });
    return isEmptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
  } finally {
    engine.free();
  }
}

/** SQL that builds the whole schema on an empty database. */
export async function schemaCreateScript(url: string): Promise<string> {
  const engine = await openSchemaEngine(SCHEMA_PATH, url);
  try {
    const result = await engine.diff({
      from: { tag: 'empty' },
      to: await datamodel(SCHEMA_PATH),
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}

function isEmptyScript(sql: string) {
  return sql.replace(/--.*$/gm, '').trim() === '';
}
