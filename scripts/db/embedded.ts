// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder and
// served on a loopback port over the PostgreSQL wire protocol, so Prisma, `pg` and the migration
// runner use it exactly like a real server. Never on 5432: a real PostgreSQL may be there.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepProtocolBatchesTogether } from './protocol-queue.ts';

export type EmbeddedDatabase = {
  url: string;
  port: number;
  /** A gzipped tarball of the data directory (tests clone a prepared database from it). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
};

export type StartEmbeddedDatabaseOptions = {
  /** Folder for the data files; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Must cover every pooled connection of every process that uses it. */
  maxConnections?: number;
  /** A tarball from PGlite's dumpDataDir to start from (tests clone a migrated, seeded database). */
  loadDataDir?: Blob;
};

/** Asks the OS for a free loopback port. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedDatabase(options: StartEmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  if (!options.dataDir.startsWith('memory://')) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const port = options.port || (await findFreePort());
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: options.maxConnections ?? 32 });
  keepProtocolBatchesTogether(server);
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    dumpDataDir: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
