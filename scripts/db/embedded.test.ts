// The embedded database serves several connections at once without mixing up their queries.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded.ts';

let database: EmbeddedDatabase;

beforeAll(async () => {
  database = await startEmbeddedDatabase({ dataDir: 'memory://' });
}, 60_000);

afterAll(async () => {
  await database?.stop();
});

describe('embedded database', () => {
  it('keeps each connection’s extended-protocol queries and transactions together', async () => {
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: database.url, max: 4 }));
    try {
      await pools[0]!.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
      await pools[0]!.query('INSERT INTO counter VALUES (1, 0)');
      const work = Array.from({ length: 150 }, async (_, i) => {
        const pool = pools[i % pools.length]!;
        if (i % 3 === 0) {
          // A transaction: read, then write what was read plus one.
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query<{ n: number }>('SELECT n FROM counter WHERE id = $1', [1]);
            await client.query('UPDATE counter SET n = $1 WHERE id = $2', [rows[0]!.n + 1, 1]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
          return null;
        }
        // Parameterised queries (Parse, Bind, Execute, Sync) from several connections at once.
        const { rows } = await pool.query<{ answer: number; tag: string }>(
          'SELECT $1::int * 2 AS answer, $2::text AS tag',
          [i, `query ${i}`],
        );
        return rows[0];
      });
      const results = await Promise.all(work);
      results.forEach((row, i) => {
        if (row) expect(row).toEqual({ answer: i * 2, tag: `query ${i}` });
      });
      const { rows } = await pools[1]!.query<{ n: number }>('SELECT n FROM counter');
      expect(rows[0]!.n).toBe(50);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  }, 60_000);
});
