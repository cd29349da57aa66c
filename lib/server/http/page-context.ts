import 'server-only';
import { headers } from 'next/headers';
import { type Db, getDb } from '@/lib/db';

export type PageContext = {
  /** To hand to lib/server use cases; pages never query it themselves (ESLint keeps it so). */
  db: Db;
  /** The page request's headers as a Request: the origin the browser used, per-address limits. */
  request: Request;
  now: Date;
};

/** What route() gives an API handler, for a server component (page). */
export async function pageContext(path: string): Promise<PageContext> {
  // headers() first: it marks the page dynamic, so the build never tries to reach a database.
  const incoming = await headers();
  return {
    db: getDb(),
    request: new Request(new URL(path, 'http://localhost'), { headers: incoming }),
    now: new Date(),
  };
}
