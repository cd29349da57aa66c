import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { crashIfFailpoint } from '../failpoints';
import type { IdempotencyHold } from '../idempotency/idempotency-key';

export type WriteTransactionOptions = {
  /** The request's Idempotency-Key, when this transaction is the one that answers it. */
  idempotency?: IdempotencyHold | null;
  now: Date;
};

/**
 * The one transaction of a change (design.md §3): `work` loads, checks, writes and ends with
 * `recordChange`; when the request carries an Idempotency-Key, the key is claimed first and its
 * answer (what `work` returns) stored last, so the answer commits with the change or not at all.
 */
export async function writeTransaction<T>(
  db: Db,
  { idempotency, now }: WriteTransactionOptions,
  work: (tx: DbOrTx) => Promise<T>,
): Promise<T> {
  const result = await db.$transaction(async (tx) => {
    if (!idempotency) return work(tx);
    await idempotency.claim(tx, now);
    const answer = await work(tx);
    await idempotency.complete(tx, answer, now);
    return answer;
  });
  idempotency?.markCommitted();
  crashIfFailpoint('crash-after-commit', idempotency?.request.endpointPath);
  return result;
}
