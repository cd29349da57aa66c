import { describe, expect, it } from 'vitest';
import type { QueuedRequest } from './local-order';
import {
  clipText,
  inReplayOrder,
  nextSeq,
  replayOutcome,
  retryDelayMs,
  waitingSummary,
  waitingWords,
  asAnsweredOffline,
  withoutVersion,
} from './outbox-rules';

describe('what a replay answer means', () => {
  it.each([
    [null, 'retry'],
    [200, 'done'],
    [201, 'done'],
    [401, 'sign-in'],
    [403, 'refused'],
    [404, 'refused'],
    [408, 'retry'],
    [409, 'refused'],
    [422, 'refused'],
    [425, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
  ] as const)('%s → %s', (status, outcome) => {
    expect(replayOutcome(status)).toBe(outcome);
  });
});

describe('retries back off', () => {
  it.each([
    [0, 1_000],
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [6, 32_000],
    [7, 60_000],
    [50, 60_000],
  ])('after %i tries the next waits %i ms', (attempts, wait) => {
    expect(retryDelayMs(attempts)).toBe(wait);
  });
});

describe('replay order', () => {
  it('orders by seq, and seqs made in the same millisecond still increase', () => {
    const first = nextSeq(0, 1_000);
    const second = nextSeq(first, 1_000);
    const third = nextSeq(second, 999); // the clock stepped back
    expect([first, second, third]).toEqual([1_000_000, 1_000_001, 1_000_002]);
    expect(inReplayOrder([{ seq: third }, { seq: first }, { seq: second }]).map((entry) => entry.seq)).toEqual([
      first,
      second,
      third,
    ]);
  });
});

describe('what a change answered offline is written down to send', () => {
  const pay: QueuedRequest = {
    name: 'takePayment',
    params: { id: 'order' },
    body: { method: 'CASH', amountPence: 450, tipPence: 0, tenderedPence: 500, version: 3 },
  };
  it('no version: it applies on top of what another till did meanwhile', () => {
    expect(withoutVersion(pay).body).toEqual({ method: 'CASH', amountPence: 450, tipPence: 0, tenderedPence: 500 });
  });
  it('a create has no version to drop, and a request without one is kept as it is', () => {
    const create: QueuedRequest = { name: 'createOrder', body: { id: 'o', type: 'TAKEAWAY', lines: [] } };
    expect(withoutVersion(create)).toBe(create);
    const send: QueuedRequest = { name: 'sendOrder', params: { id: 'o' }, body: {} };
    expect(withoutVersion(send)).toBe(send);
  });
  it("lines rung up say when they were made offline (an item 86'd meanwhile is accepted, flagged); other changes do not", () => {
    const madeAt = Date.parse('2026-12-01T20:15:00Z');
    const create: QueuedRequest = { name: 'createOrder', body: { id: 'o', type: 'TAKEAWAY', lines: [] } };
    const add: QueuedRequest = { name: 'addOrderLines', params: { id: 'o' }, body: { lines: [], version: 2 } };
    expect(asAnsweredOffline(create, madeAt).body).toEqual({ ...create.body, offlineAt: '2026-12-01T20:15:00.000Z' });
    expect(asAnsweredOffline(add, madeAt).body).toEqual({ lines: [], offlineAt: '2026-12-01T20:15:00.000Z' });
    expect(asAnsweredOffline(pay, madeAt).body).toEqual(withoutVersion(pay).body);
  });
});

describe('a key still in use is a retry, any other 409 a refusal', () => {
  it.each([
    ['IDEMPOTENCY_KEY_IN_USE', 'retry'],
    ['OVERPAYMENT', 'refused'],
    [undefined, 'refused'],
  ] as const)('409 %s → %s', (reason, outcome) => {
    expect(replayOutcome(409, reason)).toBe(outcome);
  });
});

describe('the waiting count in words', () => {
  it.each([
    [[60_000], 90_000, '1 change waiting to sync · oldest under a minute'],
    [[0, 60_000, 120_000], 4 * 60_000 + 5_000, '3 changes waiting to sync · oldest 4 min'],
  ])('%j at %i ms', (createdAts, now, words) => {
    const summary = waitingSummary(
      createdAts.map((createdAt) => ({ createdAt })),
      now,
    );
    expect(summary && waitingWords(summary)).toBe(words);
  });
  it('nothing waiting says nothing', () => {
    expect(waitingSummary([], 0)).toBeNull();
  });
});

describe('words clipped for the sync report', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 3, 'abc'],
    // "ab😀": the emoji is two UTF-16 units; a cut between them drops the half.
    ['ab😀c', 3, 'ab'],
    ['ab😀c', 4, 'ab😀'],
  ])('%j to %i units is %j', (text, max, clipped) => {
    expect(clipText(text, max)).toBe(clipped);
    expect(clipText(text, max).length).toBeLessThanOrEqual(max);
  });
});
