import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from './order-state';
import { assertTicketTransition, planBump, UnknownTicketLineError } from './ticket-state';

const line = (id: string, over: { isVoided?: boolean; isReady?: boolean } = {}) => ({
  id,
  isVoided: false,
  isReady: false,
  ...over,
});

describe('ticket transitions', () => {
  it.each([
    ['NEW', 'IN_PROGRESS'],
    ['NEW', 'BUMPED'],
    ['IN_PROGRESS', 'BUMPED'],
    ['BUMPED', 'IN_PROGRESS'],
  ] as const)('%s → %s is allowed', (from, to) => {
    expect(() => assertTicketTransition(from, to)).not.toThrow();
  });

  it.each([
    ['BUMPED', 'BUMPED'],
    ['BUMPED', 'NEW'],
    ['VOIDED', 'IN_PROGRESS'],
    ['VOIDED', 'BUMPED'],
    ['IN_PROGRESS', 'NEW'],
  ] as const)('%s → %s is refused', (from, to) => {
    expect(() => assertTicketTransition(from, to)).toThrow(InvalidTransitionError);
  });
});

describe('planBump', () => {
  const lines = [line('a'), line('b'), line('c', { isVoided: true })];

  it('bumps the whole ticket: every live item ready, ticket off the screen', () => {
    expect(planBump('NEW', lines)).toEqual({ nextStatus: 'BUMPED', readyLineIds: ['a', 'b'] });
  });

  it('one item of two: that item ready, ticket in progress', () => {
    expect(planBump('NEW', lines, ['a'])).toEqual({ nextStatus: 'IN_PROGRESS', readyLineIds: ['a'] });
  });

  it('the last item left: the ticket goes', () => {
    const partly = [line('a', { isReady: true }), line('b'), line('c', { isVoided: true })];
    expect(planBump('IN_PROGRESS', partly, ['b'])).toEqual({ nextStatus: 'BUMPED', readyLineIds: ['b'] });
  });

  it('refuses a voided or unknown item', () => {
    expect(() => planBump('NEW', lines, ['c'])).toThrow(UnknownTicketLineError);
    expect(() => planBump('NEW', lines, ['zzz'])).toThrow(UnknownTicketLineError);
  });

  it('refuses to bump a bumped or voided ticket', () => {
    expect(() => planBump('BUMPED', lines)).toThrow(InvalidTransitionError);
    expect(() => planBump('VOIDED', lines)).toThrow(InvalidTransitionError);
  });
});
