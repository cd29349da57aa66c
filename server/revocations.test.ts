import { describe, expect, it } from 'vitest';
import type { TRealtimeEvent } from '@/lib/schemas/realtime';
import { Revocations } from './revocations';

const userId = '6f1c3b5e-4a43-4c4b-9a52-5b0f3f1b8c01';
const deviceId = '0d5e9c1a-7f4b-4e0a-8b7c-2a1d3e4f5a6b';
const sessionId = '2b8e1f4c-3d5a-4e6b-9c7d-8e9f0a1b2c3d';
const otherSessionId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const createdAt = '2026-11-30T09:00:00.000Z';
const token = (extra: Partial<{ sv: number; did: string | null; sid: string }> = {}) => ({
  sub: userId,
  sv: 1,
  did: null,
  sid: otherSessionId,
  ...extra,
});
const deactivated = (sessionVersion: number): TRealtimeEvent => ({
  seq: 1,
  type: 'user.deactivated',
  payload: { userId, sessionVersion },
  createdAt,
});

describe('Revocations', () => {
  it('a signed-out session ends its own tokens, not the same person’s other sessions', () => {
    const revocations = new Revocations(60_000);
    expect(revocations.note({ seq: 1, type: 'user.signed_out', payload: { userId, sessionId }, createdAt }, 0)).toBe(
      true,
    );
    expect(revocations.hasEnded(token({ sid: sessionId }))).toBe(true);
    expect(revocations.hasEnded(token())).toBe(false);
  });

  it('a deactivation ends tokens issued under an older session version, not a newer one', () => {
    const revocations = new Revocations(60_000);
    revocations.note(deactivated(3), 0);
    expect(revocations.hasEnded(token({ sv: 2 }))).toBe(true);
    expect(revocations.hasEnded(token({ sv: 3 }))).toBe(false);
    // A late, older event never lowers what is known.
    revocations.note(deactivated(2), 0);
    expect(revocations.hasEnded(token({ sv: 2 }))).toBe(true);
  });

  it('a revoked device ends every token that names it', () => {
    const revocations = new Revocations(60_000);
    revocations.note({ seq: 2, type: 'device.revoked', payload: { id: deviceId }, createdAt }, 0);
    expect(revocations.hasEnded(token({ did: deviceId }))).toBe(true);
    expect(revocations.hasEnded(token())).toBe(false);
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
    revocations.note(deactivated(2), 0);
    revocations.prune(60_000);
    expect(revocations.hasEnded(token())).toBe(true);
    revocations.prune(60_001);
    expect(revocations.hasEnded(token())).toBe(false);
  });
});
