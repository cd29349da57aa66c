// Sessions the sidecar has seen end on the outbox (a device revoked, a person signed out or
// deactivated), so a socket opened under one is dropped at once and refused if it comes back with
// its old token, which stays signed and unexpired for minutes yet.
import type { TRealtimeEvent, TRealtimeTokenClaims } from '@/lib/schemas/realtime';

export class Revocations {
  private readonly devices = new Map<string, number>();
  private readonly sessions = new Map<string, number>();
  private readonly users = new Map<string, { sessionVersion: number; seenAt: number }>();

  /** @param keepMs how long to remember an ended session: at least a realtime token's lifetime. */
  constructor(private readonly keepMs: number) {}

  /** Notes an event; true when it ended sessions, so the open sockets should be checked. */
  note(event: TRealtimeEvent, nowMs: number): boolean {
    switch (event.type) {
      case 'device.revoked':
        this.devices.set(event.payload.id, nowMs);
        return true;
      case 'user.signed_out':
        this.sessions.set(event.payload.sessionId, nowMs);
        return true;
      case 'user.deactivated':
      case 'user.sessions_ended': {
        const { userId, sessionVersion } = event.payload;
        const known = this.users.get(userId)?.sessionVersion ?? 0;
        this.users.set(userId, { sessionVersion: Math.max(known, sessionVersion), seenAt: nowMs });
        return true;
      }
      default:
        return false;
    }
  }

  /** Whether the session a token was issued for has ended. */
  hasEnded(claims: Pick<TRealtimeTokenClaims, 'sub' | 'sv' | 'did' | 'sid'>): boolean {
    if (this.sessions.has(claims.sid)) return true;
    if (claims.did !== null && this.devices.has(claims.did)) return true;
    const user = this.users.get(claims.sub);
    return user !== undefined && claims.sv < user.sessionVersion;
  }

  /** Forgets what no unexpired token can still carry. */
  prune(nowMs: number) {
    for (const [deviceId, seenAt] of this.devices) if (nowMs - seenAt > this.keepMs) this.devices.delete(deviceId);
    for (const [sessionId, seenAt] of this.sessions) if (nowMs - seenAt > this.keepMs) this.sessions.delete(sessionId);
    for (const [userId, { seenAt }] of this.users) if (nowMs - seenAt > this.keepMs) this.users.delete(userId);
  }
}
