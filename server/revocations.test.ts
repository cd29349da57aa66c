import { describe, expect, it } from 'vitest';
import type { TRealtimeEvent } from '@/lib/schemas/realtime';
import { Revocations } from './revocations';

const userId = '6f1c3b5e-4a43-4c4b-9a52-5b0f3f1b8c01';
const deviceId = '0d5e9c1a-7f4b-4e0a-8b7c-2a1d3e4f5a6b';
const createdAt = '2026-11-30T09:00:00.000Z';
const event = (type: 'user.sessions_ended' | 'user.deactivated', sessionVersion: number): TRealtimeEvent => ({
  seq: 1,
  type,
  payload: { userId, sessionVersion },
  createdAt,
});

describe('Revocations', () => {
  it('a session version that moved on ends the tokens issued under an older one, not a newer one', () => {
    const revocations = new Revocations(60_000);
    expect(revocations.note(event('user.sessions_ended', 3), 0)).toBe(true);
    expect(revocations.hasEnded({ sub: userId, sv: 2, did: null })).toBe(true);
    expect(revocations.hasEnded({ sub: userId, sv: 3, did: null })).toBe(false);
    // A late, older event never lowers what is known.
    revocations.note(event('user.deactivated', 2), 0);
    expect(revocations.hasEnded({ sub: userId, sv: 2, did: null })).toBe(true);
  });

  it('a revoked device ends every token that names it', () => {
    const revocations = new Revocations(60_000);
    revocations.note({ seq: 2, type: 'device.revoked', payload: { id: deviceId }, createdAt }, 0);
    expect(revocations.hasEnded({ sub: userId, sv: 1, did: deviceId })).toBe(true);
    expect(revocations.hasEnded({ sub: userId, sv: 1, did: null })).toBe(false);
  });

  it('other events end nothing, and what no live token can carry is forgotten', () => {
    const revocations = new Revocations(60_000);
    const menu: TRealtimeEvent = {
      seq: 3,
      type: 'menu.updated',
      payload: { entityType: 'Item', entityId: 'x', action: 'updated' },
      createdAt,
    };
    expect(revocations.note(menu, 0)).toBe(false);
    revocations.note(event('user.deactivated', 2), 0);
    revocations.prune(60_000);
    expect(revocations.hasEnded({ sub: userId, sv: 1, did: null })).toBe(true);
    revocations.prune(60_001);
    expect(revocations.hasEnded({ sub: userId, sv: 1, did: null })).toBe(false);
  });
});
