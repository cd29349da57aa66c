import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** What a replay is answered with: the status and body the first request committed. */
export type StoredAnswer = { status: number; body: unknown };

export type IdempotencyRequest = {
  /** Whose keys these are (`user:{id}`, or `public`): two people may pick the same key. */
  scope: string;
  key: string;
  method: string;
  /** The request's own path, e.g. /api/v1/orders/…/payments. */
  path: string;
  /** The endpoint's path template, e.g. /api/v1/orders/{id}/payments (failpoints and logs). */
  endpointPath: string;
  requestHash: string;
};

export function hashRequest(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

/**
 * Thrown inside a transaction whose key another request already holds: that request committed
 * first (the claim waited for it), so this transaction rolls back and the stored answer is replayed.
 */
export class IdempotencyReplayError extends Error {
  constructor() {
    super('This Idempotency-Key was committed by another request');
    this.name = 'IdempotencyReplayError';
  }
}

/**
 * A request's Idempotency-Key, held for the one transaction that makes its change.
 *
 * The key is claimed as the transaction's first statement and completed with the answer as its
 * last, so the stored answer commits together with the change or not at all:
 * - a process killed after the commit leaves the answer stored: the retry replays it;
 * - a transaction that rolls back (a refusal, a crash before commit) leaves no trace: the key is
 *   free and a retry runs again;
 * - a duplicate racing the first request waits on the claim (the key's unique index) until the
 *   first commits, then replays its answer.
 * No key is ever "in progress" outside a transaction, so there is no takeover window to wait out.
 */
export class IdempotencyHold {
  #pending: StoredAnswer | null = null;
  #committed: StoredAnswer | null = null;
  #isUnchanged = false;

  constructor(
    readonly request: IdempotencyRequest,
    /** Shapes the use case's result as the endpoint answers it (its response schema and status). */
    private readonly toAnswer: (result: unknown) => StoredAnswer,
  ) {}

  /** The answer a committed transaction stored, or null while nothing has committed. */
  get committed(): StoredAnswer | null {
    return this.#committed;
  }

  /** First statement of the transaction: takes the key, or throws IdempotencyReplayError. */
  async claim(tx: DbOrTx, now: Date): Promise<void> {
    const { scope, key, method, path, requestHash } = this.request;
    // ON CONFLICT waits for a transaction that holds the same key: if it commits, we replay its
    // answer; if it rolls back, this insert goes ahead.
    const [claimed] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "IdempotencyRecord" ("id", "scope", "key", "method", "path", "requestHash", "createdAt")
      VALUES (gen_random_uuid(), ${scope}, ${key}, ${method}, ${path}, ${requestHash}, ${now})
      ON CONFLICT ("scope", "key") DO NOTHING
      RETURNING "id"::text AS "id"`;
    if (!claimed) throw new IdempotencyReplayError();
  }

  /** Last statement of the transaction: stores the answer with the change. */
  async complete(tx: DbOrTx, result: unknown, now: Date): Promise<unknown> {
    const answer = this.toAnswer(result);
    const { scope, key } = this.request;
    const stored = await tx.$executeRaw`
      UPDATE "IdempotencyRecord"
      SET "statusCode" = ${answer.status}, "responseBody" = ${JSON.stringify(answer.body ?? null)}::jsonb,
          "completedAt" = ${now}
      WHERE "scope" = ${scope} AND "key" = ${key} AND "statusCode" IS NULL`;
    if (stored !== 1) throw new Error(`Idempotency-Key ${key} was not claimed in this transaction`);
    this.#pending = answer;
    return result;
  }

  /**
   * Frees a committed key, in the transaction that undoes what the first one started (a provider
   * refused the refund that transaction recorded): a retry with the key then runs again.
   */
  async release(tx: DbOrTx): Promise<void> {
    const { scope, key } = this.request;
    await tx.$executeRaw`DELETE FROM "IdempotencyRecord" WHERE "scope" = ${scope} AND "key" = ${key}`;
    this.#pending = null;
    this.#committed = null;
  }

  /**
   * The request changed nothing (a dry run; a file refused row by row) and answers without a
   * transaction: like a refusal, its answer is not stored and the key stays free, so the same key
   * may apply the corrected request. Only a use case that wrote nothing may say so.
   */
  markUnchanged(): void {
    this.#isUnchanged = true;
  }

  /** Whether the use case answered without a change (markUnchanged): nothing to store or replay. */
  get isUnchanged(): boolean {
    return this.#isUnchanged;
  }

  /** Called once the transaction that completed the key has committed. */
  markCommitted(): void {
    if (this.#pending) this.#committed = this.#pending;
  }
}

/**
 * The committed answer for a key, for a request that arrives after the first one finished: the
 * same request replays it; the same key with a different request is a 409.
 */
export async function findStoredAnswer(db: DbOrTx, request: IdempotencyRequest): Promise<StoredAnswer | null> {
  const existing = await db.idempotencyRecord.findUnique({
    where: { scope_key: { scope: request.scope, key: request.key } },
    select: { requestHash: true, statusCode: true, responseBody: true },
  });
  if (!existing || existing.statusCode === null) return null;
  if (existing.requestHash !== request.requestHash) {
    throw new AppError('CONFLICT', {
      message: 'This Idempotency-Key was already used for a different request',
      details: { idempotencyKey: request.key },
    });
  }
  return { status: existing.statusCode, body: existing.responseBody };
}
