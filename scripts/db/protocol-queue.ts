// PGlite is one PostgreSQL session; pglite-socket shares it between its client connections by
// queueing their protocol messages one at a time. It keeps a connection's transaction together,
// but not an extended-protocol batch outside one (Parse, Bind, Execute … Sync): two connections'
// batches interleave and one's Bind lands on the other's unnamed statement ("portal does not
// exist"). This replaces the queue's scheduler so the connection that started a batch or a
// transaction keeps the session until the batch's Sync (or its transaction's end). With it, the app
// may pool several connections and the realtime sidecar can read the outbox alongside.
//
// It patches one instance of pglite-socket 0.2.17's internal queue (the version is pinned exactly
// in package.json); `test/unit/protocol-queue.test.ts` proves the interleaving is gone.
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
};

type QueryQueue = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
};

/** Messages after which the session is free again (outside a transaction). The startup packet has
 * no type byte: its first byte is the high byte of its length, 0. */
const ENDS_BATCH = new Set([0x53 /* Sync */, 0x51 /* Query */, 0x58 /* Terminate */, 0x00 /* startup */]);

export function keepProtocolBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('pglite-socket changed its internals: check scripts/db/protocol-queue.ts against the new version');
  }
  let midBatch = false;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = midBatch || this.db.isInTransaction() ? this.lastHandlerId : null;
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner has not sent its next message yet: wait for it (its enqueue calls us again).
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midBatch = false;
          this.lastHandlerId = item.handlerId;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        midBatch = !ENDS_BATCH.has(item.message[0]!);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  // A connection that goes away mid-batch or mid-transaction must not hold the session forever.
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(this: QueryQueue, handlerId: number) {
    if (this.lastHandlerId !== handlerId) return;
    midBatch = false;
    this.lastHandlerId = null;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    await this.processQueue();
  };
}
