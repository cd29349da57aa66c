// Follows the outbox: which committed events are new since the last poll, in seq order, never
// twice and never skipped.
//
// Two facts make that possible:
// - within a location, seq order is commit order (`recordChange` takes the location's chain lock
//   before it draws seqs), so one cursor per location is exact: a location's event with a seq at
//   or below its cursor has already been emitted;
// - across locations, a lower seq may commit after a higher one. So the scan starts from a floor
//   below which nothing can still arrive: it stops at the first missing seq (a transaction still
//   running, or one that rolled back) and passes it once it has been missing for longer than any
//   transaction may run.
export type OutboxRow = {
  seq: bigint;
  locationId: string;
  type: string;
  payload: unknown;
  createdAt: Date;
};

export type OutboxFollowerOptions = {
  /** Committed rows with seq > after, in seq order, at most `limit`. */
  read(after: bigint, limit: number): Promise<OutboxRow[]>;
  /** Everything at or below this seq counts as delivered already. */
  start: bigint;
  /** How long a missing seq may stay missing before it is taken for a rollback (default 30 s). */
  gapTimeoutMs?: number;
  batchSize?: number;
  now?: () => number;
};

/** Longer than the longest transaction the app allows (15 s, lib/db.ts). */
export const GAP_TIMEOUT_MS = 30_000;

export class OutboxFollower {
  private floor: bigint;
  private readonly start: bigint;
  private readonly cursors = new Map<string, bigint>();
  private gap: { seq: bigint; since: number } | null = null;
  private readonly read: OutboxFollowerOptions['read'];
  private readonly gapTimeoutMs: number;
  private readonly batchSize: number;
  private readonly now: () => number;

  constructor(options: OutboxFollowerOptions) {
    this.read = options.read;
    this.start = options.start;
    this.floor = options.start;
    this.gapTimeoutMs = options.gapTimeoutMs ?? GAP_TIMEOUT_MS;
    this.batchSize = options.batchSize ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** The last seq emitted for a location (everything up to it has been delivered live). */
  cursorFor(locationId: string): bigint {
    return this.cursors.get(locationId) ?? this.start;
  }

  /** The highest seq below which every committed event has been seen. */
  get safeFloor(): bigint {
    return this.floor;
  }

  /** Reads what was committed since the last poll and returns the rows to emit, in seq order. */
  async poll(): Promise<OutboxRow[]> {
    const fresh: OutboxRow[] = [];
    let after = this.floor;
    let floorBlocked = false;
    for (;;) {
      const rows = await this.read(after, this.batchSize);
      for (const row of rows) {
        if (row.seq > this.cursorFor(row.locationId)) {
          fresh.push(row);
          this.cursors.set(row.locationId, row.seq);
        }
        if (!floorBlocked) floorBlocked = !this.advanceFloor(row.seq);
      }
      if (rows.length < this.batchSize) break;
      after = rows.at(-1)!.seq;
    }
    return fresh;
  }

  /** Moves the floor up to `seq` when nothing can still arrive below it; false when it cannot. */
  private advanceFloor(seq: bigint): boolean {
    if (seq <= this.floor) return true;
    if (seq !== this.floor + 1n) {
      const missing = this.floor + 1n;
      if (this.gap?.seq !== missing) this.gap = { seq: missing, since: this.now() };
      if (this.now() - this.gap.since < this.gapTimeoutMs) return false;
      // Missing for longer than any transaction runs: rolled back (sequences never reuse a value).
    }
    this.floor = seq;
    this.gap = null;
    return true;
  }
}
