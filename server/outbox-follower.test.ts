import { describe, expect, it } from 'vitest';
import { OutboxFollower, type OutboxRow } from './outbox-follower';

/** A fake outbox: rows become visible when "committed", in any order. */
function outbox() {
  const committed: OutboxRow[] = [];
  return {
    commit(seq: number, locationId: string) {
      committed.push({ seq: BigInt(seq), locationId, type: 'menu.updated', payload: {}, createdAt: new Date() });
    },
    read: async (after: bigint, limit: number) =>
      committed
        .filter((row) => row.seq > after)
        .sort((a, b) => (a.seq < b.seq ? -1 : 1))
        .slice(0, limit),
  };
}

const seqs = (rows: OutboxRow[]) => rows.map((row) => Number(row.seq));

describe('OutboxFollower', () => {
  it('returns new rows in seq order, once', async () => {
    const box = outbox();
    const follower = new OutboxFollower({ read: box.read, start: 0n });
    box.commit(1, 'A');
    box.commit(2, 'B');
    expect(seqs(await follower.poll())).toEqual([1, 2]);
    expect(seqs(await follower.poll())).toEqual([]);
    box.commit(3, 'A');
    expect(seqs(await follower.poll())).toEqual([3]);
    expect(follower.cursorFor('A')).toBe(3n);
    expect(follower.cursorFor('B')).toBe(2n);
  });

  it('catches a lower seq of another location that commits after a higher one', async () => {
    const box = outbox();
    const follower = new OutboxFollower({ read: box.read, start: 0n });
    box.commit(1, 'A');
    box.commit(3, 'B'); // seq 2 (location A) is still in its transaction
    expect(seqs(await follower.poll())).toEqual([1, 3]);
    expect(follower.safeFloor).toBe(1n);
    box.commit(2, 'A');
    expect(seqs(await follower.poll())).toEqual([2]);
    expect(follower.safeFloor).toBe(3n);
  });

  it('passes a seq that never arrives (a rollback) once it has been missing long enough', async () => {
    const box = outbox();
    let now = 0;
    const follower = new OutboxFollower({ read: box.read, start: 0n, gapTimeoutMs: 1000, now: () => now });
    box.commit(1, 'A');
    box.commit(3, 'A');
    expect(seqs(await follower.poll())).toEqual([1, 3]);
    now = 999;
    await follower.poll();
    expect(follower.safeFloor).toBe(1n);
    now = 1000;
    await follower.poll();
    expect(follower.safeFloor).toBe(3n);
  });

  it('reads past its batch size in one poll, even behind a gap', async () => {
    const box = outbox();
    const follower = new OutboxFollower({ read: box.read, start: 0n, batchSize: 3 });
    for (const seq of [1, 3, 4, 5, 6, 7, 8]) box.commit(seq, seq % 2 ? 'A' : 'B');
    expect(seqs(await follower.poll())).toEqual([1, 3, 4, 5, 6, 7, 8]);
    expect(follower.safeFloor).toBe(1n);
  });

  it('treats everything up to its start as delivered', async () => {
    const box = outbox();
    box.commit(1, 'A');
    box.commit(2, 'A');
    const follower = new OutboxFollower({ read: box.read, start: 1n });
    expect(seqs(await follower.poll())).toEqual([2]);
    expect(follower.cursorFor('B')).toBe(1n);
  });
});
